package vn.motcua.queue.display.voice;

import java.util.Locale;

/**
 * One spoken word of a number, and the clip that says it. The clip name is the enum name in
 * lower case with {@code -} (e.g. {@code MUOI_NGANG} -> {@code muoi-ngang.wav}).
 */
public enum Word {
    KHONG("không"), MOT("một"), HAI("hai"), BA("ba"), BON("bốn"), NAM("năm"), SAU("sáu"), BAY("bảy"),
    TAM("tám"), CHIN("chín"),
    /** "one" after mươi (21 = hai mươi mốt). */
    MOT_SAC("mốt"),
    /** "four" after mươi in the northern reading (24 = hai mươi tư). */
    TU("tư"),
    /** "five" after mười/mươi (15 = mười lăm, 25 = hai mươi lăm). */
    LAM("lăm"),
    /** ten, and the tens digit 1 (15 = mười lăm). */
    MUOI("mười"),
    /** the tens marker from 20 up (20 = hai mươi). */
    MUOI_NGANG("mươi"),
    TRAM("trăm"), NGHIN("nghìn"), NGAN("ngàn"),
    /** the zero tens before a unit: northern "linh", southern "lẻ" (105 = một trăm linh năm). */
    LINH("linh"), LE("lẻ");

    private static final Word[] DIGITS = {KHONG, MOT, HAI, BA, BON, NAM, SAU, BAY, TAM, CHIN};

    private final String text;

    Word(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public String clipName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Word digit(int digit) {
        return DIGITS[digit];
    }
}
