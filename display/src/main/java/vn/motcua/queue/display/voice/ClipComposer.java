package vn.motcua.queue.display.voice;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** Joins clips of one format back to back (no gaps: pauses are clips of silence). */
public final class ClipComposer {
    private final ClipLibrary library;

    public ClipComposer(ClipLibrary library) {
        this.library = library;
    }

    public ComposedAudio compose(List<String> clipNames) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (String name : clipNames) {
            pcm.writeBytes(library.clip(name).pcm());
        }
        return new ComposedAudio(List.copyOf(clipNames), library.format(), pcm.toByteArray());
    }
}
