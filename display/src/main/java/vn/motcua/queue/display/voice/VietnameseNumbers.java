package vn.motcua.queue.display.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads numbers 0..999 999 as Vietnamese words. The irregular parts are why this class exists:
 * mười (10-19) but mươi (20+), mốt for a unit 1 after mươi (not after mười), lăm for a unit 5 after
 * mười/mươi, tư for a unit 4 after mươi in the north, linh/lẻ for an empty tens place before a
 * unit, and "không trăm" for an empty hundreds place after thousands (1 005 = một nghìn không
 * trăm linh năm).
 */
public final class VietnameseNumbers {
    private final Dialect dialect;

    public VietnameseNumbers(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Whole-number reading: 23 -> hai mươi ba. */
    public List<Word> words(int number) {
        if (number < 0 || number > 999_999) {
            throw new IllegalArgumentException("number out of range 0..999999: " + number);
        }
        if (number == 0) {
            return List.of(Word.KHONG);
        }
        List<Word> words = new ArrayList<>();
        int thousands = number / 1000;
        int rest = number % 1000;
        if (thousands > 0) {
            readHundreds(thousands, false, words);
            words.add(dialect.thousand());
        }
        if (rest > 0) {
            readHundreds(rest, thousands > 0, words);
        }
        return List.copyOf(words);
    }

    /** Digit-by-digit reading: "023" -> không hai ba (leading zeros are read). */
    public List<Word> digits(String digits) {
        List<Word> words = new ArrayList<>();
        for (char c : digits.toCharArray()) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c + " in " + digits);
            }
            words.add(Word.digit(c - '0'));
        }
        return List.copyOf(words);
    }

    /** Joined with spaces, for logs and tests. */
    public static String text(List<Word> words) {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    /**
     * A group 1..999. {@code afterHigherGroup}: a thousand came before, so the hundreds place is read
     * even when empty (một nghìn không trăm mười).
     */
    private void readHundreds(int group, boolean afterHigherGroup, List<Word> words) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        if (hundreds > 0 || afterHigherGroup) {
            words.add(Word.digit(hundreds));
            words.add(Word.TRAM);
        }
        boolean hundredsRead = hundreds > 0 || afterHigherGroup;
        if (tens == 0) {
            if (units > 0 && hundredsRead) {
                words.add(dialect.zeroTens());
            }
            if (units > 0) {
                words.add(Word.digit(units));
            }
            return;
        }
        if (tens == 1) {
            words.add(Word.MUOI);
            if (units == 5) {
                words.add(Word.LAM);
            } else if (units > 0) {
                words.add(Word.digit(units));
            }
            return;
        }
        words.add(Word.digit(tens));
        words.add(Word.MUOI_NGANG);
        switch (units) {
            case 0 -> { }
            case 1 -> words.add(Word.MOT_SAC);
            case 4 -> words.add(dialect.fourAfterTens());
            case 5 -> words.add(Word.LAM);
            default -> words.add(Word.digit(units));
        }
    }
}
