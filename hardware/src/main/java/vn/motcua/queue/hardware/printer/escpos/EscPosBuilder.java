package vn.motcua.queue.hardware.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Appends ESC/POS commands to a byte buffer; one method per command, no layout decisions. */
public final class EscPosBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);

    public EscPosBuilder initialize() {
        return raw(EscPos.ESC, '@');
    }

    /** {@code ESC t n}: select the character code table (vendor specific numbers). */
    public EscPosBuilder codePage(int n) {
        return raw(EscPos.ESC, 't', n);
    }

    /**
     * {@code FS .}: leave Chinese (double-byte) mode. Chinese-firmware printers (Xprinter, Zjiang)
     * otherwise read every byte >= 0x80 as half of a GB18030 character, eating Vietnamese letters.
     */
    public EscPosBuilder cancelKanji() {
        return raw(EscPos.FS, '.');
    }

    public EscPosBuilder align(int alignment) {
        return raw(EscPos.ESC, 'a', alignment);
    }

    public EscPosBuilder bold(boolean on) {
        return raw(EscPos.ESC, 'E', on ? 1 : 0);
    }

    /** {@code GS B n}: white on black. */
    public EscPosBuilder reverse(boolean on) {
        return raw(EscPos.GS, 'B', on ? 1 : 0);
    }

    /** {@code GS ! n}: character magnification, 1..8 in each direction. */
    public EscPosBuilder size(int widthTimes, int heightTimes) {
        if (widthTimes < 1 || widthTimes > 8 || heightTimes < 1 || heightTimes > 8) {
            throw new IllegalArgumentException("magnification must be 1..8: " + widthTimes + "x" + heightTimes);
        }
        return raw(EscPos.GS, '!', ((widthTimes - 1) << 4) | (heightTimes - 1));
    }

    public EscPosBuilder text(byte[] encoded) {
        out.writeBytes(encoded);
        return this;
    }

    public EscPosBuilder ascii(String text) {
        return text(text.getBytes(StandardCharsets.US_ASCII));
    }

    public EscPosBuilder lineFeed() {
        out.write(EscPos.LF);
        return this;
    }

    /** {@code ESC d n}: print and feed n lines. */
    public EscPosBuilder feedLines(int n) {
        return raw(EscPos.ESC, 'd', n);
    }

    /** {@code GS v 0 m xL xH yL yH d...}: raster image, normal density. */
    public EscPosBuilder raster(MonoBitmap bitmap) {
        int bytesPerRow = bitmap.bytesPerRow();
        raw(EscPos.GS, 'v', '0', 0,
                bytesPerRow & 0xFF, (bytesPerRow >> 8) & 0xFF,
                bitmap.height() & 0xFF, (bitmap.height() >> 8) & 0xFF);
        out.writeBytes(bitmap.data());
        return this;
    }

    /**
     * QR code model 2 through {@code GS ( k}: select model, module size, error correction, store
     * the payload, print it. About 30 bytes plus the payload, against kilobytes for a raster QR.
     */
    public EscPosBuilder qrCode(String payload, int moduleSize) {
        byte[] data = payload.getBytes(StandardCharsets.US_ASCII);
        raw(EscPos.GS, '(', 'k', 4, 0, 49, 65, 50, 0);          // model 2
        raw(EscPos.GS, '(', 'k', 3, 0, 49, 67, moduleSize);     // module size in dots
        raw(EscPos.GS, '(', 'k', 3, 0, 49, 69, 49);             // error correction M
        int len = data.length + 3;
        raw(EscPos.GS, '(', 'k', len & 0xFF, (len >> 8) & 0xFF, 49, 80, 48);
        out.writeBytes(data);
        return raw(EscPos.GS, '(', 'k', 3, 0, 49, 81, 48);      // print the stored symbol
    }

    /** {@code GS V 66 n}: feed n dots past the cutter, then a partial cut. */
    public EscPosBuilder feedAndCut(int feedDots) {
        return raw(EscPos.GS, 'V', 66, feedDots);
    }

    public EscPosBuilder raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
