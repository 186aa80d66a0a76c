package vn.motcua.queue.hardware.printer.layout;

import vn.motcua.queue.hardware.printer.escpos.EscPos;

/** Printable width of the roll at 203 dpi. */
public enum PaperWidth {
    MM58(384, 5),
    MM80(576, 6);

    private final int dots;
    private final int qrModuleDots;

    PaperWidth(int dots, int qrModuleDots) {
        this.dots = dots;
        this.qrModuleDots = qrModuleDots;
    }

    public int dots() {
        return dots;
    }

    /** Characters per line in font A at normal width: 32 on 58 mm, 48 on 80 mm. */
    public int columns() {
        return dots / EscPos.FONT_A_WIDTH;
    }

    public int qrModuleDots() {
        return qrModuleDots;
    }

    /** Accepts "58", "58mm", "MM58", "80", ... as written in a config file. */
    public static PaperWidth parse(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return switch (digits) {
            case "58" -> MM58;
            case "80" -> MM80;
            default -> throw new IllegalArgumentException("paper width must be 58 or 80 (mm): " + text);
        };
    }
}
