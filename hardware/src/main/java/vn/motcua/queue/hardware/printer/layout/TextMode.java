package vn.motcua.queue.hardware.printer.layout;

/** How Vietnamese text reaches the paper. */
public enum TextMode {
    /** Vietnamese lines drawn with the bundled font and sent as {@code GS v 0} images; ASCII lines stay text. */
    RASTER,
    /** Text mode in Windows-1258 with a vendor-specific {@code ESC t n}. */
    CP1258,
    /** Diacritics removed: readable everywhere, but "Mời" becomes "Moi". Last resort. */
    ASCII
}
