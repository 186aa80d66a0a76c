package vn.motcua.queue.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClipCompositionTest {
    @TempDir
    Path dir;

    /** Every clip any announcement can ask for is committed, for both dialects, in the one format. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyClipExistsInTheCommonFormat(Dialect dialect) {
        ClipLibrary library = new ClipLibrary(dialect, null);
        List<String> names = new ArrayList<>(List.of(AnnouncementScript.CHIME, AnnouncementScript.INTRO,
                AnnouncementScript.TO_COUNTER_NUMBER, AnnouncementScript.TO, AnnouncementScript.SHORT_PAUSE,
                AnnouncementScript.LONG_PAUSE));
        for (Word word : Word.values()) {
            names.add(word.clipName());
        }
        for (char c = 'a'; c <= 'z'; c++) {
            names.add("chu-" + c);
        }
        for (String name : names) {
            assertThat(library.has(name)).as("clip %s/%s", dialect.folder(), name).isTrue();
            AudioClip clip = library.clip(name);
            assertThat(clip.format().matches(ClipLibrary.FORMAT)).isTrue();
            assertThat(clip.duration()).as("clip %s", name).isBetween(Duration.ofMillis(100), Duration.ofMillis(3000));
        }
    }

    @Test
    void bundledFilesAreSmallMono16BitWav() throws Exception {
        for (String name : List.of("moi-cong-dan", "chime", "muoi-ngang")) {
            var url = getClass().getResource("/clips/north/" + name + ".wav");
            AudioFileFormat file = AudioSystem.getAudioFileFormat(url);
            assertThat(file.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
            assertThat(file.getFormat().getChannels()).isEqualTo(1);
            assertThat(file.getFormat().getSampleSizeInBits()).isEqualTo(16);
            assertThat(file.getFormat().getSampleRate()).isEqualTo(16_000f);
        }
    }

    @Test
    void composedDurationIsTheSumOfItsClipsAndTheWavSaysSo() throws Exception {
        ClipLibrary library = new ClipLibrary(Dialect.NORTH, null);
        List<String> clips = new AnnouncementScript(new VoiceSettings(Dialect.NORTH, NumberReading.DIGITS, 2, true),
                library::has).clips("A023", 5);
        long sumFrames = clips.stream().mapToLong(name -> library.clip(name).frames()).sum();

        ComposedAudio audio = new ClipComposer(library).compose(clips);

        assertThat(audio.frames()).isEqualTo(sumFrames);
        Duration sum = clips.stream().map(name -> library.clip(name).duration()).reduce(Duration.ZERO, Duration::plus);
        assertThat(audio.duration().minus(sum).abs()).isLessThan(Duration.ofMillis(1));
        try (AudioInputStream wav = AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio.wav()))) {
            assertThat(wav.getFormat().matches(ClipLibrary.FORMAT)).isTrue();
            assertThat(wav.getFrameLength()).isEqualTo(sumFrames);
        }
        assertThat(audio.duration()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    @Test
    void aCentersRecordingWinsAndIsConvertedToTheCommonFormat() throws Exception {
        // a human recording at 44.1 kHz stereo, 0.5 s long, named like the bundled clip it replaces
        AudioFormat cd = new AudioFormat(44_100f, 16, 2, true, false);
        int frames = 22_050;
        byte[] pcm = new byte[frames * cd.getFrameSize()];
        for (int i = 0; i < frames; i++) {
            short sample = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 44_100.0));
            for (int ch = 0; ch < 2; ch++) {
                pcm[i * 4 + ch * 2] = (byte) sample;
                pcm[i * 4 + ch * 2 + 1] = (byte) (sample >> 8);
            }
        }
        File file = dir.resolve("moi-cong-dan.wav").toFile();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), cd, frames), AudioFileFormat.Type.WAVE, file);

        AudioClip clip = new ClipLibrary(Dialect.NORTH, dir).clip("moi-cong-dan");

        assertThat(clip.format().matches(ClipLibrary.FORMAT)).isTrue();
        assertThat(clip.duration().toMillis()).isBetween(490L, 510L);
        assertThat(new ClipLibrary(Dialect.NORTH, null).clip("moi-cong-dan").duration().toMillis()).isGreaterThan(1000L);
    }

    @Test
    void anUnknownClipIsAClearError() {
        ClipLibrary library = new ClipLibrary(Dialect.SOUTH, dir);
        assertThat(library.has("quay-99")).isFalse();
        assertThatThrownBy(() -> library.clip("quay-99")).hasMessageContaining("quay-99").hasMessageContaining("south");
    }
}
