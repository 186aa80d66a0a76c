package vn.motcua.queue.kiosk.status;

/** What the kiosk can do right now, most serious first. The screen, LEDs and heartbeat follow it. */
public enum KioskMode {
    /** Backend unreachable: "tạm ngừng phục vụ", presses do nothing until it recovers. */
    OUT_OF_SERVICE,
    /** Printer cannot print (no paper, cover open, offline): no ticket is issued. */
    PRINTER_ERROR,
    /** A ticket is being issued and printed. */
    BUSY,
    READY
}
