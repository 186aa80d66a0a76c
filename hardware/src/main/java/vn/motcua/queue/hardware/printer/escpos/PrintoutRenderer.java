package vn.motcua.queue.hardware.printer.escpos;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a {@link Printout} as the paper would look: what the simulated printer saves as PNG.
 * Text-mode lines are drawn with the bundled font at the size of font A (12x24 dots) times the
 * magnification; images and QR symbols dot for dot.
 */
public final class PrintoutRenderer {
    private static final int LINE_SPACING_DOTS = 30; // ESC/POS default: 1/6 inch at 180 dpi, near 30 dots at 203 dpi
    private static final int MARGIN = 8;

    private PrintoutRenderer() {
    }

    public static BufferedImage render(Printout printout, int paperDots) {
        List<Printout.Block> blocks = printout.blocks();
        int height = MARGIN * 2;
        for (Printout.Block block : blocks) {
            height += heightOf(block);
        }
        BufferedImage image = new BufferedImage(paperDots, Math.max(height, 1), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, paperDots, image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            int y = MARGIN;
            for (Printout.Block block : blocks) {
                draw(g, block, y, paperDots);
                y += heightOf(block);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int heightOf(Printout.Block block) {
        if (block instanceof Printout.TextLine t) {
            return LINE_SPACING_DOTS + EscPos.FONT_A_HEIGHT * (t.heightTimes() - 1);
        } else if (block instanceof Printout.Image i) {
            return i.bitmap().height();
        } else if (block instanceof Printout.Qr q) {
            return QrBitmaps.render(q.payload(), q.moduleSize()).height();
        } else if (block instanceof Printout.Feed f) {
            return f.lines() * LINE_SPACING_DOTS;
        }
        return 12; // the cut mark
    }

    private static void draw(Graphics2D g, Printout.Block block, int y, int paperDots) {
        if (block instanceof Printout.TextLine t) {
            drawText(g, t, y, paperDots);
        } else if (block instanceof Printout.Image i) {
            g.drawImage(i.bitmap().toImage(), xFor(i.align(), i.bitmap().width(), paperDots), y, null);
        } else if (block instanceof Printout.Qr q) {
            MonoBitmap qr = QrBitmaps.render(q.payload(), q.moduleSize());
            g.drawImage(qr.toImage(), xFor(q.align(), qr.width(), paperDots), y, null);
        } else if (block instanceof Printout.CutMark) {
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
            g.drawLine(0, y + 6, paperDots, y + 6);
        }
    }

    private static void drawText(Graphics2D g, Printout.TextLine line, int y, int paperDots) {
        float heightDots = EscPos.FONT_A_HEIGHT * line.heightTimes();
        Font base = BundledFonts.get(line.bold(), heightDots * 0.8f);
        Font font = base.deriveFont(AffineTransform.getScaleInstance((double) line.widthTimes() / line.heightTimes(), 1));
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int width = metrics.stringWidth(line.text());
        int x = xFor(line.align(), width, paperDots);
        int baseline = y + Math.round(heightDots * 0.8f);
        if (line.reverse()) {
            g.setColor(Color.BLACK);
            g.fillRect(x - 4, y, width + 8, Math.round(heightDots) + 2);
            g.setColor(Color.WHITE);
        } else {
            g.setColor(Color.BLACK);
        }
        g.drawString(line.text(), x, baseline);
    }

    private static int xFor(int align, int width, int paperDots) {
        return switch (align) {
            case EscPos.ALIGN_CENTER -> Math.max(0, (paperDots - width) / 2);
            case EscPos.ALIGN_RIGHT -> Math.max(0, paperDots - width);
            default -> 0;
        };
    }
}
