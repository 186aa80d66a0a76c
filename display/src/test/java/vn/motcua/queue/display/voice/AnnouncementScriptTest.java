package vn.motcua.queue.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementScriptTest {

    private static AnnouncementScript script(NumberReading reading, int repeat, Dialect dialect) {
        return new AnnouncementScript(new VoiceSettings(dialect, reading, repeat, true), name -> false);
    }

    @Test
    void readsTheLetterThenEachDigitThenTheCounter() {
        assertThat(script(NumberReading.DIGITS, 1, Dialect.NORTH).clips("A023", 5)).containsExactly(
                "chime", "moi-cong-dan", "pause-short", "chu-a", "khong", "hai", "ba", "pause-short", "den-quay-so", "nam");
    }

    @Test
    void wholeNumberReadingDropsLeadingZeros() {
        assertThat(script(NumberReading.WHOLE, 1, Dialect.NORTH).ticket("A023")).containsExactly("chu-a", "hai", "muoi-ngang", "ba");
        assertThat(script(NumberReading.WHOLE, 1, Dialect.SOUTH).ticket("B104")).containsExactly("chu-b", "mot", "tram", "le", "bon");
        assertThat(script(NumberReading.WHOLE, 1, Dialect.NORTH).ticket("C000")).containsExactly("chu-c", "khong");
    }

    @Test
    void counterNumbersAreReadAsWholeNumbersInTheDialect() {
        List<String> clips = script(NumberReading.DIGITS, 1, Dialect.SOUTH).clips("K001", 24);
        assertThat(clips.subList(clips.size() - 4, clips.size())).containsExactly("den-quay-so", "hai", "muoi-ngang", "bon");
    }

    @Test
    void repeatsTheSentenceAfterALongPauseButChimesOnce() {
        List<String> clips = script(NumberReading.DIGITS, 2, Dialect.NORTH).clips("A1", 3);
        List<String> sentence = List.of("moi-cong-dan", "pause-short", "chu-a", "mot", "pause-short", "den-quay-so", "ba");
        assertThat(clips.get(0)).isEqualTo("chime");
        assertThat(clips.subList(1, 8)).isEqualTo(sentence);
        assertThat(clips.get(8)).isEqualTo("pause-long");
        assertThat(clips.subList(9, 16)).isEqualTo(sentence);
        assertThat(clips).hasSize(16).containsOnlyOnce("chime");
    }

    @Test
    void aRecordedCounterNameReplacesTheCounterNumber() {
        AnnouncementScript withName = new AnnouncementScript(VoiceSettings.defaults(), name -> name.equals("quay-7"));
        List<String> clips = withName.clips("D12", 7);
        assertThat(clips).endsWith("den", "quay-7").doesNotContain("den-quay-so");
    }

    @Test
    void multiLetterPrefixesAndDashesAreRead() {
        assertThat(script(NumberReading.DIGITS, 1, Dialect.NORTH).ticket("ab-07")).containsExactly("chu-a", "chu-b", "khong", "bay");
    }
}
