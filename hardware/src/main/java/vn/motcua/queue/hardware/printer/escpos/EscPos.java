package vn.motcua.queue.hardware.printer.escpos;

/**
 * ESC/POS command bytes used by the drivers and understood by {@link EscPosDecoder}.
 * Only the subset a ticket needs; every byte value here is from the Epson ESC/POS reference.
 */
public final class EscPos {
    public static final byte LF = 0x0A;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte ESC = 0x1B;
    public static final byte FS = 0x1C;
    public static final byte GS = 0x1D;

    /** {@code DLE EOT n}: n=1 printer status, 2 offline cause, 4 roll paper sensor. */
    public static final int STATUS_PRINTER = 1;
    public static final int STATUS_OFFLINE_CAUSE = 2;
    public static final int STATUS_PAPER_SENSOR = 4;

    /** Alignment argument of {@code ESC a n}. */
    public static final int ALIGN_LEFT = 0;
    public static final int ALIGN_CENTER = 1;
    public static final int ALIGN_RIGHT = 2;

    /** Font A cell: 12 x 24 dots, the default on every 58/80 mm printer we target. */
    public static final int FONT_A_WIDTH = 12;
    public static final int FONT_A_HEIGHT = 24;

    private EscPos() {
    }

    public static byte[] statusRequest(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }
}
