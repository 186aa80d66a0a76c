package vn.motcua.queue.hardware.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * Windows-1258 (Vietnamese) encoding that works for every Vietnamese letter.
 *
 * <p>Java's own {@code windows-1258} encoder maps precomposed letters such as "ờ" to '?', because
 * the code page has no byte for them: CP1258 spells them as a base letter (with its circumflex,
 * breve or horn already composed: â ê ô ă ơ ư) followed by a combining tone mark. So we decompose
 * (NFD), recompose only the circumflex/breve/horn with their base letter, and leave the five tone
 * marks as separate combining characters (0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook, 0xF2 dot).
 * Canonical ordering puts the dot below before the circumflex ("ậ" = a + U+0323 + U+0302), so the
 * whole run of marks after a base letter is sorted out, not just the first one.
 */
public final class Cp1258Encoder {
    public static final Charset CP1258 = Charset.forName("windows-1258");
    private static final byte UNMAPPABLE = '?';

    private Cp1258Encoder() {
    }

    public static byte[] encode(String text) {
        CharsetEncoder encoder = CP1258.newEncoder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        ByteArrayOutputStream out = new ByteArrayOutputStream(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            char base = nfd.charAt(i++);
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && isCombining(nfd.charAt(i))) {
                char mark = nfd.charAt(i++);
                if (isLetterModifier(mark)) {
                    base = composeOrKeep(base, mark, tones);
                } else {
                    tones.append(mark);
                }
            }
            write(encoder, base, out);
            for (int t = 0; t < tones.length(); t++) {
                write(encoder, tones.charAt(t), out);
            }
        }
        return out.toByteArray();
    }

    /** CP1258 bytes back to Unicode, composed (NFC) so it compares equal to ordinary text. */
    public static String decode(byte[] bytes, int offset, int length) {
        return Normalizer.normalize(new String(bytes, offset, length, CP1258), Normalizer.Form.NFC);
    }

    private static char composeOrKeep(char base, char modifier, StringBuilder otherMarks) {
        String composed = Normalizer.normalize("" + base + modifier, Normalizer.Form.NFC);
        if (composed.length() == 1 && CP1258.newEncoder().canEncode(composed.charAt(0))) {
            return composed.charAt(0);
        }
        otherMarks.append(modifier); // not a Vietnamese pairing: keep the mark as it came
        return base;
    }

    private static boolean isLetterModifier(char c) {
        return c == '\u0302' || c == '\u0306' || c == '\u031B';
    }

    private static boolean isCombining(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static void write(CharsetEncoder encoder, char c, ByteArrayOutputStream out) {
        if (!encoder.canEncode(c)) {
            out.write(UNMAPPABLE);
            return;
        }
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(new char[] {c}));
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } catch (CharacterCodingException e) {
            out.write(UNMAPPABLE);
        }
    }
}
