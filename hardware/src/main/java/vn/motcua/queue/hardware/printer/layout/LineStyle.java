package vn.motcua.queue.hardware.printer.layout;

import vn.motcua.queue.hardware.printer.escpos.TextRasterizer;

/** Styles of the lines of a ticket, in text mode and as raster. */
enum LineStyle {
    TITLE(true, false, 2, new TextRasterizer.Style(26f, true, false)),
    NORMAL(false, false, 1, new TextRasterizer.Style(24f, false, false)),
    SMALL(false, false, 1, new TextRasterizer.Style(20f, false, false)),
    PRIORITY(true, true, 2, new TextRasterizer.Style(24f, true, true));

    final boolean bold;
    final boolean reverse;
    /** Text-mode height magnification; width stays 1 so a line holds a full row of characters. */
    final int heightTimes;
    final TextRasterizer.Style raster;

    LineStyle(boolean bold, boolean reverse, int heightTimes, TextRasterizer.Style raster) {
        this.bold = bold;
        this.reverse = reverse;
        this.heightTimes = heightTimes;
        this.raster = raster;
    }
}
