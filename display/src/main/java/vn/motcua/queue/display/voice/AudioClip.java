package vn.motcua.queue.display.voice;

import java.time.Duration;
import javax.sound.sampled.AudioFormat;

/** One clip as raw PCM in the library's format. */
public record AudioClip(String name, AudioFormat format, byte[] pcm) {

    public long frames() {
        return pcm.length / format.getFrameSize();
    }

    public Duration duration() {
        return Duration.ofNanos(Math.round(frames() * 1_000_000_000.0 / format.getFrameRate()));
    }
}
