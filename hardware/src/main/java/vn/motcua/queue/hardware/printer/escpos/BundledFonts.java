package vn.motcua.queue.hardware.printer.escpos;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular and bold) shipped inside this jar; see fonts/DejaVu-LICENSE.txt next to
 * them. Always loaded from the classpath so a kiosk renders the same glyphs whatever fonts its
 * operating system has.
 */
public final class BundledFonts {
    private static final String FOLDER = "/vn/motcua/queue/hardware/fonts/";
    private static volatile Font regular;
    private static volatile Font bold;

    private BundledFonts() {
    }

    public static Font get(boolean isBold, float sizePixels) {
        return (isBold ? bold() : regular()).deriveFont(sizePixels);
    }

    private static Font regular() {
        if (regular == null) {
            regular = load("DejaVuSans.ttf");
        }
        return regular;
    }

    private static Font bold() {
        if (bold == null) {
            bold = load("DejaVuSans-Bold.ttf");
        }
        return bold;
    }

    private static Font load(String file) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + FOLDER + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad bundled font " + file, e);
        }
    }
}
