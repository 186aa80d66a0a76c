package vn.motcua.queue.hardware.printer.escpos;

/**
 * Bits of the one-byte answers to {@code DLE EOT n}. Every answer has bit 1 and bit 4 set and
 * bits 0 and 7 clear, which tells a status byte from stray bytes on the line.
 */
public final class StatusBytes {
    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_VALUE = 0x12;

    private StatusBytes() {
    }

    public static boolean isStatusByte(int b) {
        return (b & FIXED_MASK) == FIXED_VALUE;
    }

    /** n=1, bit 3. */
    public static boolean isOffline(int printerStatus) {
        return (printerStatus & 0x08) != 0;
    }

    /** n=2, bit 2. */
    public static boolean isCoverOpen(int offlineCause) {
        return (offlineCause & 0x04) != 0;
    }

    /** n=2, bit 5: printing stopped because the paper ran out. */
    public static boolean isStoppedByPaperEnd(int offlineCause) {
        return (offlineCause & 0x20) != 0;
    }

    /** n=2, bit 6: a mechanical or cutter error. */
    public static boolean isError(int offlineCause) {
        return (offlineCause & 0x40) != 0;
    }

    /** n=4, bits 2 and 3. */
    public static boolean isPaperNearEnd(int paperSensor) {
        return (paperSensor & 0x0C) != 0;
    }

    /** n=4, bits 5 and 6. */
    public static boolean isPaperOut(int paperSensor) {
        return (paperSensor & 0x60) != 0;
    }

    // Answers as a printer sends them: for emulations (tests, simulated printer).

    public static int printerStatus(boolean offline) {
        return FIXED_VALUE | (offline ? 0x08 : 0);
    }

    public static int offlineCause(boolean coverOpen, boolean paperEnd, boolean error) {
        return FIXED_VALUE | (coverOpen ? 0x04 : 0) | (paperEnd ? 0x20 : 0) | (error ? 0x40 : 0);
    }

    public static int paperSensor(boolean nearEnd, boolean out) {
        return FIXED_VALUE | (nearEnd ? 0x0C : 0) | (out ? 0x60 : 0);
    }
}
