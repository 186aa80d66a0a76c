package vn.motcua.queue.display.voice;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;

/**
 * The box's own audio output (an LED-only box has no browser): plays through javax.sound on the
 * default mixer, or the one whose name contains {@code mixerName} (e.g. "USB" for a USB speaker).
 */
public final class LocalSpeaker implements AudioOutput {
    private final String mixerName;
    private volatile String lastError;

    public LocalSpeaker(String mixerName) {
        this.mixerName = mixerName == null ? "" : mixerName;
    }

    @Override
    public void play(Announcement announcement, ComposedAudio audio) throws Exception {
        DataLine.Info info = new DataLine.Info(SourceDataLine.class, audio.format());
        try (SourceDataLine line = open(info)) {
            line.open(audio.format());
            line.start();
            byte[] pcm = audio.pcm();
            line.write(pcm, 0, pcm.length);
            line.drain();
            lastError = null;
        } catch (Exception e) {
            lastError = e.getMessage();
            throw e;
        }
    }

    /** Why the last announcement could not be played, or null (reported in the heartbeat). */
    public String lastError() {
        return lastError;
    }

    private SourceDataLine open(DataLine.Info info) throws Exception {
        if (!mixerName.isBlank()) {
            for (var mixerInfo : AudioSystem.getMixerInfo()) {
                if (mixerInfo.getName().contains(mixerName) && AudioSystem.getMixer(mixerInfo).isLineSupported(info)) {
                    return (SourceDataLine) AudioSystem.getMixer(mixerInfo).getLine(info);
                }
            }
        }
        return (SourceDataLine) AudioSystem.getLine(info);
    }
}
