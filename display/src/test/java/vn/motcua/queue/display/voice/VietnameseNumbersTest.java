package vn.motcua.queue.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VietnameseNumbersTest {
    private final VietnameseNumbers north = new VietnameseNumbers(Dialect.NORTH);
    private final VietnameseNumbers south = new VietnameseNumbers(Dialect.SOUTH);

    @ParameterizedTest(name = "{0} = {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | không                                   | không
            1    | một                                     | một
            4    | bốn                                     | bốn
            5    | năm                                     | năm
            10   | mười                                    | mười
            11   | mười một                                | mười một
            14   | mười bốn                                | mười bốn
            15   | mười lăm                                | mười lăm
            19   | mười chín                               | mười chín
            20   | hai mươi                                | hai mươi
            21   | hai mươi mốt                            | hai mươi mốt
            23   | hai mươi ba                             | hai mươi ba
            24   | hai mươi tư                             | hai mươi bốn
            25   | hai mươi lăm                            | hai mươi lăm
            44   | bốn mươi tư                             | bốn mươi bốn
            55   | năm mươi lăm                            | năm mươi lăm
            91   | chín mươi mốt                           | chín mươi mốt
            100  | một trăm                                | một trăm
            101  | một trăm linh một                       | một trăm lẻ một
            104  | một trăm linh bốn                       | một trăm lẻ bốn
            105  | một trăm linh năm                       | một trăm lẻ năm
            110  | một trăm mười                           | một trăm mười
            111  | một trăm mười một                       | một trăm mười một
            115  | một trăm mười lăm                       | một trăm mười lăm
            121  | một trăm hai mươi mốt                   | một trăm hai mươi mốt
            205  | hai trăm linh năm                       | hai trăm lẻ năm
            999  | chín trăm chín mươi chín                | chín trăm chín mươi chín
            1000 | một nghìn                               | một ngàn
            1001 | một nghìn không trăm linh một           | một ngàn không trăm lẻ một
            1010 | một nghìn không trăm mười               | một ngàn không trăm mười
            1015 | một nghìn không trăm mười lăm           | một ngàn không trăm mười lăm
            1021 | một nghìn không trăm hai mươi mốt       | một ngàn không trăm hai mươi mốt
            1100 | một nghìn một trăm                      | một ngàn một trăm
            1234 | một nghìn hai trăm ba mươi tư           | một ngàn hai trăm ba mươi bốn
            2005 | hai nghìn không trăm linh năm           | hai ngàn không trăm lẻ năm
            5555 | năm nghìn năm trăm năm mươi lăm         | năm ngàn năm trăm năm mươi lăm
            9999 | chín nghìn chín trăm chín mươi chín     | chín ngàn chín trăm chín mươi chín
            """)
    void readsTheTable(int number, String northern, String southern) {
        assertThat(VietnameseNumbers.text(north.words(number))).isEqualTo(northern);
        assertThat(VietnameseNumbers.text(south.words(number))).isEqualTo(southern);
    }

    /** Every number 0..9999 reads back to itself through an independent parser: nothing dropped or doubled. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyNumberUpTo9999ReadsBackToItself(Dialect dialect) {
        VietnameseNumbers numbers = new VietnameseNumbers(dialect);
        for (int n = 0; n <= 9999; n++) {
            List<Word> words = numbers.words(n);
            assertThat(parse(words)).as("%d read as %s", n, VietnameseNumbers.text(words)).isEqualTo(n);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void irregularWordsAppearOnlyWhereTheyBelong(Dialect dialect) {
        VietnameseNumbers numbers = new VietnameseNumbers(dialect);
        Dialect other = dialect == Dialect.NORTH ? Dialect.SOUTH : Dialect.NORTH;
        for (int n = 0; n <= 9999; n++) {
            List<Word> w = numbers.words(n);
            for (int i = 0; i < w.size(); i++) {
                Word before = i > 0 ? w.get(i - 1) : null;
                switch (w.get(i)) {
                    case MOT_SAC -> assertThat(before).as("mốt in %d", n).isEqualTo(Word.MUOI_NGANG);
                    case LAM -> assertThat(before).as("lăm in %d", n).isIn(Word.MUOI, Word.MUOI_NGANG);
                    case TU -> assertThat(before).as("tư in %d", n).isEqualTo(Word.MUOI_NGANG);
                    case MUOI_NGANG -> assertThat(before).as("mươi in %d", n).isNotIn(Word.KHONG, Word.MOT);
                    default -> { }
                }
            }
            assertThat(w).as("%d must not use the other dialect's words", n)
                    .doesNotContain(other.thousand(), other.zeroTens());
            if (n % 10 == 5 && n >= 10 && n / 10 % 10 > 0) {
                assertThat(w.get(w.size() - 1)).as("%d ends in lăm", n).isEqualTo(Word.LAM);
            }
        }
    }

    @Test
    void digitsAreReadOneByOneKeepingLeadingZeros() {
        assertThat(VietnameseNumbers.text(north.digits("023"))).isEqualTo("không hai ba");
        assertThat(VietnameseNumbers.text(south.digits("1045"))).isEqualTo("một không bốn năm");
        assertThatThrownBy(() -> north.digits("2a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNumbersOutOfRange() {
        assertThatThrownBy(() -> north.words(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> north.words(1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final Map<Word, Integer> DIGIT_VALUES = Map.ofEntries(Map.entry(Word.KHONG, 0), Map.entry(Word.MOT, 1),
            Map.entry(Word.MOT_SAC, 1), Map.entry(Word.HAI, 2), Map.entry(Word.BA, 3), Map.entry(Word.BON, 4),
            Map.entry(Word.TU, 4), Map.entry(Word.NAM, 5), Map.entry(Word.LAM, 5), Map.entry(Word.SAU, 6),
            Map.entry(Word.BAY, 7), Map.entry(Word.TAM, 8), Map.entry(Word.CHIN, 9));

    /** A reader written the other way round: digits accumulate and the place words multiply. */
    private static int parse(List<Word> words) {
        int total = 0;
        int group = 0;
        int pending = 0;
        for (Word w : words) {
            switch (w) {
                case NGHIN, NGAN -> {
                    total += (group + pending) * 1000;
                    group = 0;
                    pending = 0;
                }
                case TRAM -> {
                    group += pending * 100;
                    pending = 0;
                }
                case MUOI -> group += 10;
                case MUOI_NGANG -> {
                    group += pending * 10;
                    pending = 0;
                }
                case LINH, LE -> { }
                default -> pending = DIGIT_VALUES.get(w);
            }
        }
        return total + group + pending;
    }
}
