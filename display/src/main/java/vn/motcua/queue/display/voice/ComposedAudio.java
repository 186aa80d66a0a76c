package vn.motcua.queue.display.voice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** A finished announcement: clips joined back to back, playable locally or served as a WAV file. */
public record ComposedAudio(List<String> clipNames, AudioFormat format, byte[] pcm) {

    public long frames() {
        return pcm.length / format.getFrameSize();
    }

    public Duration duration() {
        return Duration.ofNanos(Math.round(frames() * 1_000_000_000.0 / format.getFrameRate()));
    }

    public AudioInputStream stream() {
        return new AudioInputStream(new ByteArrayInputStream(pcm), format, frames());
    }

    public byte[] wav() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 64);
        try {
            AudioSystem.write(stream(), AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write WAV", e);
        }
        return out.toByteArray();
    }
}
