package vn.motcua.queue.hardware.printer.escpos;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a line of (Vietnamese) text with the bundled font into a 1-bit bitmap for {@code GS v 0}.
 *
 * <p>Anti-aliasing and fractional metrics are off: a thermal head has no grey, and whole-pixel
 * glyph placement keeps the output identical from run to run (the reference-image test relies on
 * it). The bitmap is cropped to the ink horizontally, because every blank byte of a row costs
 * transfer time; vertically every line of one style gets the same band, tall enough for stacked
 * marks such as "Ẫ", so lines line up like text.
 */
public final class TextRasterizer {
    private static final String TALLEST_SAMPLE = "ẪẤỖỀỄỞ";
    private static final String DEEPEST_SAMPLE = "ỵgjpqỹ";
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    private TextRasterizer() {
    }

    /** A text style for raster lines: pixel size of the font, bold, white on black. */
    public record Style(float sizePixels, boolean bold, boolean reverse) {
        public Font font() {
            return BundledFonts.get(bold, sizePixels);
        }
    }

    public static MonoBitmap render(String text, Style style) {
        Font font = style.font();
        Rectangle band = band(font);
        int padding = style.reverse() ? Math.max(4, Math.round(style.sizePixels() / 4)) : 0;
        GlyphVector glyphs = font.createGlyphVector(FRC, text);
        Rectangle ink = glyphs.getPixelBounds(FRC, 0, 0);
        int inkWidth = Math.max(1, ink.width);
        int width = MonoBitmap.roundUpTo8(inkWidth + 2 * padding);
        int height = band.height + (style.reverse() ? 2 : 0);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setColor(style.reverse() ? Color.BLACK : Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(style.reverse() ? Color.WHITE : Color.BLACK);
            int x = (width - inkWidth) / 2 - ink.x;
            int baseline = -band.y + (style.reverse() ? 1 : 0);
            g.drawGlyphVector(glyphs, x, baseline);
        } finally {
            g.dispose();
        }
        return MonoBitmap.fromImage(image);
    }

    /** Width in dots the text would take, for wrapping decisions. */
    public static int widthOf(String text, Style style) {
        Rectangle ink = style.font().createGlyphVector(FRC, text).getPixelBounds(FRC, 0, 0);
        return ink.width + (style.reverse() ? 2 * Math.max(4, Math.round(style.sizePixels() / 4)) : 0);
    }

    /** Greedy word wrap so that every line fits in {@code maxDots}; a too-long word gets its own line. */
    public static List<String> wrap(String text, Style style, int maxDots) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, style) <= maxDots || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Vertical band relative to the baseline (y is negative: above it) that fits any Vietnamese line. */
    private static Rectangle band(Font font) {
        Rectangle tall = font.createGlyphVector(FRC, TALLEST_SAMPLE).getPixelBounds(FRC, 0, 0);
        Rectangle deep = font.createGlyphVector(FRC, DEEPEST_SAMPLE).getPixelBounds(FRC, 0, 0);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        FontMetrics metrics = g.getFontMetrics(font);
        g.dispose();
        int top = Math.min(tall.y, -metrics.getAscent()) - 1;
        int bottom = Math.max(deep.y + deep.height, metrics.getDescent()) + 1;
        return new Rectangle(0, top, 1, bottom - top);
    }
}
