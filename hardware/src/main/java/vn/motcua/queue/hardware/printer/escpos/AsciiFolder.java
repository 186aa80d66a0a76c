package vn.motcua.queue.hardware.printer.escpos;

import java.text.Normalizer;

/** Last-resort Vietnamese to ASCII: drop every diacritic, map đ/Đ to d/D ("Mời" -> "Moi"). */
public final class AsciiFolder {
    private AsciiFolder() {
    }

    public static String fold(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                default -> out.append(c < 0x80 ? c : '?');
            }
        }
        return out.toString();
    }

    public static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
