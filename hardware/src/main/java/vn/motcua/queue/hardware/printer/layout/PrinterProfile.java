package vn.motcua.queue.hardware.printer.layout;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import vn.motcua.queue.hardware.printer.escpos.Cp1258Encoder;

/**
 * What one printer model needs to print Vietnamese.
 *
 * @param codePage    {@code ESC t n} value of Windows-1258 on this model (CP1258 mode only)
 * @param cancelKanji send {@code FS .} first: Chinese-firmware models otherwise read bytes >= 0x80 as GB18030
 * @param nativeQr    {@code GS ( k} (a few dozen bytes); false draws the QR as a raster image (kilobytes)
 * @param padRaster   center raster lines with blank bytes instead of {@code ESC a} (for models that ignore it)
 */
public record PrinterProfile(String name, TextMode mode, int codePage, boolean cancelKanji, boolean nativeQr,
                             boolean padRaster) {

    public static PrinterProfile raster() {
        return new PrinterProfile("raster", TextMode.RASTER, 0, false, true, false);
    }

    /** Epson TM-T20/T82/T88: page 52 is WPC1258. */
    public static PrinterProfile epsonCp1258() {
        return new PrinterProfile("epson-cp1258", TextMode.CP1258, 52, false, true, false);
    }

    /** Zjiang (ZJ-5890 family): page 27 is Vietnamese CP1258; Chinese firmware. */
    public static PrinterProfile zjiangCp1258() {
        return new PrinterProfile("zjiang-cp1258", TextMode.CP1258, 27, true, true, false);
    }

    /** Rongta (RP80/RP326): page 35 is Vietnamese CP1258. */
    public static PrinterProfile rongtaCp1258() {
        return new PrinterProfile("rongta-cp1258", TextMode.CP1258, 35, true, true, false);
    }

    /** Xprinter: code page numbering differs between firmwares, so raster is the safe default. */
    public static PrinterProfile xprinterRaster() {
        return new PrinterProfile("xprinter-raster", TextMode.RASTER, 0, true, true, false);
    }

    public static PrinterProfile ascii() {
        return new PrinterProfile("ascii", TextMode.ASCII, 0, false, true, false);
    }

    /** A preset by name ("raster", "epson-cp1258", "zjiang-cp1258", "rongta-cp1258", "xprinter-raster", "ascii"). */
    public static PrinterProfile preset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "raster" -> raster();
            case "epson-cp1258", "cp1258" -> epsonCp1258();
            case "zjiang-cp1258" -> zjiangCp1258();
            case "rongta-cp1258" -> rongtaCp1258();
            case "xprinter-raster" -> xprinterRaster();
            case "ascii" -> ascii();
            default -> throw new IllegalArgumentException("unknown printer profile: " + name);
        };
    }

    public PrinterProfile withCodePage(int n) {
        return new PrinterProfile(name, mode, n, cancelKanji, nativeQr, padRaster);
    }

    /** How an emulation of this printer reads {@code ESC t n} (for the decoder and the simulated printer). */
    public Map<Integer, Charset> codePageTable() {
        return mode == TextMode.CP1258 ? Map.of(codePage, Cp1258Encoder.CP1258) : Map.of();
    }
}
