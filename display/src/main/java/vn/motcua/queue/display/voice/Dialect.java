package vn.motcua.queue.display.voice;

import java.util.Locale;

/**
 * Northern or southern word set: the clip folder ({@code clips/north}, {@code clips/south}) and the
 * words that differ when reading numbers.
 */
public enum Dialect {
    /** Hà Nội: nghìn, linh, hai mươi tư. */
    NORTH(Word.NGHIN, Word.LINH, Word.TU),
    /** TP. Hồ Chí Minh: ngàn, lẻ, hai mươi bốn. */
    SOUTH(Word.NGAN, Word.LE, Word.BON);

    private final Word thousand;
    private final Word zeroTens;
    private final Word fourAfterTens;

    Dialect(Word thousand, Word zeroTens, Word fourAfterTens) {
        this.thousand = thousand;
        this.zeroTens = zeroTens;
        this.fourAfterTens = fourAfterTens;
    }

    public Word thousand() {
        return thousand;
    }

    public Word zeroTens() {
        return zeroTens;
    }

    public Word fourAfterTens() {
        return fourAfterTens;
    }

    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dialect parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
