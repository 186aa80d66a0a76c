package vn.motcua.queue.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Cp1258EncoderTest {
    /** Every precomposed Vietnamese letter: 67 lower case, 67 upper case. */
    static final String VIETNAMESE_LETTERS =
            "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ"
            + "ÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴĐ";

    @Test
    void theLetterListHasAll134PrecomposedLetters() {
        Set<Integer> distinct = new LinkedHashSet<>();
        VIETNAMESE_LETTERS.codePoints().forEach(distinct::add);
        assertThat(distinct).hasSize(134);
        assertThat(VIETNAMESE_LETTERS).isEqualTo(Normalizer.normalize(VIETNAMESE_LETTERS, Normalizer.Form.NFC));
    }

    @Test
    void everyVietnameseLetterRoundTripsThroughCp1258() {
        List<String> failures = new ArrayList<>();
        VIETNAMESE_LETTERS.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            byte[] bytes = Cp1258Encoder.encode(letter);
            String back = Cp1258Encoder.decode(bytes, 0, bytes.length);
            if (!back.equals(letter) || contains(bytes, (byte) '?')) {
                failures.add(letter);
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void javasOwnEncoderLosesTheLettersWeKeep() {
        // the reason this class exists: the JDK turns "ờ" into '?'
        assertThat(new String("Mời".getBytes(Charset.forName("windows-1258")), Charset.forName("windows-1258")))
                .isEqualTo("M?i");
        assertThat(Cp1258Encoder.decode(Cp1258Encoder.encode("Mời"), 0, 4)).isEqualTo("Mời");
    }

    @Test
    void hornAndCircumflexAreComposedAndToneMarksStayCombining() {
        // ờ = ơ (0xF5) + combining grave (0xCC); ậ = â (0xE2) + combining dot below (0xF2)
        assertThat(Cp1258Encoder.encode("ờ")).containsExactly(0xF5, 0xCC);
        assertThat(Cp1258Encoder.encode("ậ")).containsExactly(0xE2, 0xF2);
        assertThat(Cp1258Encoder.encode("Ự")).containsExactly(0xDD, 0xF2);
        assertThat(Cp1258Encoder.encode("ẵ")).containsExactly(0xE3, 0xDE);
        assertThat(Cp1258Encoder.encode("ỷ")).containsExactly('y', 0xD2);
        assertThat(Cp1258Encoder.encode("Đ")).containsExactly(0xD0);
    }

    @Test
    void aWholeSentenceRoundTrips() {
        String sentence = "Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk: Mời công dân số A023 đến quầy 5";
        assertThat(Cp1258Encoder.decode(Cp1258Encoder.encode(sentence), 0, Cp1258Encoder.encode(sentence).length))
                .isEqualTo(sentence);
    }

    @Test
    void charactersOutsideTheCodePageBecomeQuestionMarks() {
        assertThat(Cp1258Encoder.encode("a中b")).containsExactly('a', '?', 'b');
    }

    @Test
    void asciiFoldingDropsEveryDiacritic() {
        assertThat(AsciiFolder.fold(VIETNAMESE_LETTERS)).matches("[a-zA-Z]{134}");
        assertThat(AsciiFolder.fold("Mời công dân Đỗ Thị Ự")).isEqualTo("Moi cong dan Do Thi U");
    }

    private static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }
}
