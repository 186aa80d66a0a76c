package vn.motcua.queue.hardware.printer.escpos;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * QR symbols as bitmaps: for printers without {@code GS ( k}, and for the decoder, which draws the
 * symbol a printer would print for a {@code GS ( k} command.
 */
public final class QrBitmaps {
    private static final int QUIET_ZONE_MODULES = 2;

    private QrBitmaps() {
    }

    public static MonoBitmap render(String payload, int moduleSize, ErrorCorrectionLevel level) {
        ByteMatrix modules;
        try {
            QRCode code = Encoder.encode(payload, level);
            modules = code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload of " + payload.length() + " chars", e);
        }
        int side = (modules.getWidth() + 2 * QUIET_ZONE_MODULES) * moduleSize;
        MonoBitmap bitmap = MonoBitmap.blank(side, side);
        for (int my = 0; my < modules.getHeight(); my++) {
            for (int mx = 0; mx < modules.getWidth(); mx++) {
                if (modules.get(mx, my) == 1) {
                    fill(bitmap, (mx + QUIET_ZONE_MODULES) * moduleSize, (my + QUIET_ZONE_MODULES) * moduleSize, moduleSize);
                }
            }
        }
        return bitmap;
    }

    public static MonoBitmap render(String payload, int moduleSize) {
        return render(payload, moduleSize, ErrorCorrectionLevel.M);
    }

    private static void fill(MonoBitmap bitmap, int x0, int y0, int size) {
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                bitmap.set(x, y);
            }
        }
    }
}
