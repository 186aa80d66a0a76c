package vn.motcua.queue.hardware.printer;

/** What a ticket printer reports, most urgent first when several apply. */
public enum PrinterStatus {
    READY(true),
    /** Prints, but the roll should be changed soon. */
    PAPER_NEAR_END(true),
    PAPER_OUT(false),
    COVER_OPEN(false),
    /** Answers, but says it is offline for another reason (error, feed button held). */
    OFFLINE(false),
    /** The port is open but the printer did not answer {@code DLE EOT} in time (off, wrong baud). */
    NO_RESPONSE(false),
    /** The port is gone or cannot be opened (cable pulled, wrong path, no permission). */
    DISCONNECTED(false);

    private final boolean canPrint;

    PrinterStatus(boolean canPrint) {
        this.canPrint = canPrint;
    }

    public boolean canPrint() {
        return canPrint;
    }
}
