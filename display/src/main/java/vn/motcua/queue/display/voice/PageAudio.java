package vn.motcua.queue.display.voice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Announcements heard through the hall page's browser: keeps the last WAV files for the page to
 * fetch ({@code /audio/ID.wav}), tells the page to play one, then waits as long as it lasts so
 * the next announcement does not start on top of it.
 */
public final class PageAudio implements AudioOutput {
    private static final int KEEP = 20;

    private final Consumer<Announcement> announceToPages;
    private final Map<Long, byte[]> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > KEEP;
        }
    };

    public PageAudio(Consumer<Announcement> announceToPages) {
        this.announceToPages = announceToPages;
    }

    @Override
    public void play(Announcement announcement, ComposedAudio audio) throws InterruptedException {
        synchronized (recent) {
            recent.put(announcement.id(), audio.wav());
        }
        announceToPages.accept(announcement);
        // pacing, not a guess: the page is playing exactly this long
        TimeUnit.NANOSECONDS.sleep(audio.duration().toNanos());
    }

    /** The WAV of a recent announcement, or null when it is gone. */
    public byte[] wav(long id) {
        synchronized (recent) {
            return recent.get(id);
        }
    }
}
