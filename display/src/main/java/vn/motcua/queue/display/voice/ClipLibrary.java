package vn.motcua.queue.display.voice;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The WAV clips of one dialect. A file {@code NAME.wav} in the center's own folder (human
 * recordings) wins over the bundled espeak-ng clip {@code /clips/DIALECT/NAME.wav}. Every clip is
 * brought to one format (16 kHz, 16-bit, mono) when loaded, so recordings made at 44.1 kHz stereo
 * still join cleanly.
 */
public final class ClipLibrary {
    public static final AudioFormat FORMAT = new AudioFormat(16_000f, 16, 1, true, false);

    private final Dialect dialect;
    private final Path overrideDir;
    private final Map<String, AudioClip> cache = new ConcurrentHashMap<>();

    /** @param overrideDir the center's recordings, or null */
    public ClipLibrary(Dialect dialect, Path overrideDir) {
        this.dialect = dialect;
        this.overrideDir = overrideDir;
    }

    public AudioFormat format() {
        return FORMAT;
    }

    public boolean has(String name) {
        return cache.containsKey(name) || overrideFile(name) != null || getClass().getResource(resource(name)) != null;
    }

    public AudioClip clip(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private AudioClip load(String name) {
        try (InputStream in = open(name)) {
            return new AudioClip(name, FORMAT, readConverted(new BufferedInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clip " + name, e);
        } catch (UnsupportedAudioFileException e) {
            throw new IllegalStateException("clip " + name + " is not a PCM WAV file", e);
        }
    }

    private InputStream open(String name) throws IOException {
        Path file = overrideFile(name);
        if (file != null) {
            return Files.newInputStream(file);
        }
        InputStream bundled = getClass().getResourceAsStream(resource(name));
        if (bundled == null) {
            throw new IllegalArgumentException("no voice clip \"" + name + "\" for dialect " + dialect.folder());
        }
        return bundled;
    }

    private Path overrideFile(String name) {
        if (overrideDir == null) {
            return null;
        }
        Path file = overrideDir.resolve(name + ".wav");
        return Files.isRegularFile(file) ? file : null;
    }

    private String resource(String name) {
        return "/clips/" + dialect.folder() + "/" + name + ".wav";
    }

    /** Any PCM WAV -> 16-bit signed little endian -> mono (average of channels) -> 16 kHz. */
    private static byte[] readConverted(InputStream in) throws IOException, UnsupportedAudioFileException {
        AudioInputStream source = AudioSystem.getAudioInputStream(in);
        AudioFormat sf = source.getFormat();
        AudioFormat pcm16 = new AudioFormat(sf.getSampleRate(), 16, sf.getChannels(), true, false);
        AudioInputStream signed = sf.matches(pcm16) ? source : AudioSystem.getAudioInputStream(pcm16, source);
        byte[] data = signed.readAllBytes();
        if (pcm16.getChannels() > 1) {
            data = downmix(data, pcm16.getChannels());
        }
        AudioFormat mono = new AudioFormat(pcm16.getSampleRate(), 16, 1, true, false);
        if (mono.matches(FORMAT)) {
            return data;
        }
        AudioInputStream monoStream = new AudioInputStream(new java.io.ByteArrayInputStream(data), mono, data.length / 2);
        return AudioSystem.getAudioInputStream(FORMAT, monoStream).readAllBytes();
    }

    private static byte[] downmix(byte[] interleaved, int channels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(interleaved.length / channels);
        int frameSize = 2 * channels;
        for (int f = 0; f + frameSize <= interleaved.length; f += frameSize) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                int i = f + 2 * c;
                sum += (short) ((interleaved[i] & 0xFF) | (interleaved[i + 1] << 8));
            }
            int sample = sum / channels;
            out.write(sample & 0xFF);
            out.write((sample >> 8) & 0xFF);
        }
        return out.toByteArray();
    }
}
