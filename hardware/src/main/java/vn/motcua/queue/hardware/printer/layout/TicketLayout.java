package vn.motcua.queue.hardware.printer.layout;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.queue.hardware.printer.TicketData;
import vn.motcua.queue.hardware.printer.escpos.AsciiFolder;
import vn.motcua.queue.hardware.printer.escpos.Cp1258Encoder;
import vn.motcua.queue.hardware.printer.escpos.EscPos;
import vn.motcua.queue.hardware.printer.escpos.EscPosBuilder;
import vn.motcua.queue.hardware.printer.escpos.MonoBitmap;
import vn.motcua.queue.hardware.printer.escpos.QrBitmaps;
import vn.motcua.queue.hardware.printer.escpos.TextRasterizer;

/**
 * Turns a ticket into ESC/POS bytes for one printer profile and paper width.
 *
 * <p>Numbers and ASCII lines are always text mode (a few bytes each); a line goes raster only in
 * the RASTER profile and only if it has a non-ASCII letter. Labels therefore sit on their own line
 * above their number ("Số người chờ trước bạn" / "5"), so the number never has to be drawn.
 */
public final class TicketLayout {
    static final String PRIORITY_PREFIX = "ƯU TIÊN";
    static final String PEOPLE_AHEAD = "Số người chờ trước bạn";
    static final String ESTIMATED_WAIT = "Thời gian chờ dự kiến (phút)";
    static final String SCAN_HINT = "Quét mã để theo dõi lượt gọi";
    private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ofPattern("HH:mm  dd/MM/yyyy", Locale.ROOT);
    private static final int MAX_NUMBER_MAGNIFICATION = 6;
    private static final int CUT_FEED_DOTS = 60;

    private final PrinterProfile profile;
    private final PaperWidth paper;

    public TicketLayout(PrinterProfile profile, PaperWidth paper) {
        this.profile = profile;
        this.paper = paper;
    }

    public byte[] render(TicketData ticket) {
        EscPosBuilder out = new EscPosBuilder().initialize();
        if (profile.cancelKanji()) {
            out.cancelKanji();
        }
        if (profile.mode() == TextMode.CP1258) {
            out.codePage(profile.codePage());
        }
        out.align(EscPos.ALIGN_CENTER);
        line(out, ticket.centerName(), LineStyle.TITLE);
        line(out, ticket.serviceName(), LineStyle.NORMAL);
        out.ascii("-".repeat(paper.columns())).lineFeed();

        number(out, ticket.number());
        if (ticket.priorityLabel() != null && !ticket.priorityLabel().isBlank()) {
            line(out, PRIORITY_PREFIX + ": " + ticket.priorityLabel(), LineStyle.PRIORITY);
        }
        out.ascii(ISSUED_AT.format(ticket.issuedAt())).lineFeed();

        line(out, PEOPLE_AHEAD, LineStyle.SMALL);
        bigValue(out, Integer.toString(ticket.peopleAhead()));
        if (ticket.estimatedWaitMinutes() != null) {
            line(out, ESTIMATED_WAIT, LineStyle.SMALL);
            bigValue(out, "~" + ticket.estimatedWaitMinutes());
        }

        qr(out, ticket.statusUrl());
        line(out, SCAN_HINT, LineStyle.SMALL);
        if (!ticket.footer().isBlank()) {
            line(out, ticket.footer(), LineStyle.SMALL);
        }
        return out.feedAndCut(CUT_FEED_DOTS).toByteArray();
    }

    private void number(EscPosBuilder out, String number) {
        int magnification = Math.min(MAX_NUMBER_MAGNIFICATION,
                paper.dots() / (EscPos.FONT_A_WIDTH * Math.max(1, number.length())));
        magnification = Math.max(1, magnification);
        out.bold(true).size(magnification, magnification).ascii(AsciiFolder.fold(number)).lineFeed();
        out.size(1, 1).bold(false);
    }

    private void bigValue(EscPosBuilder out, String value) {
        out.bold(true).size(2, 2).ascii(value).lineFeed().size(1, 1).bold(false);
    }

    private void qr(EscPosBuilder out, String url) {
        if (profile.nativeQr()) {
            out.qrCode(url, paper.qrModuleDots());
        } else {
            raster(out, QrBitmaps.render(url, paper.qrModuleDots() - 1));
        }
    }

    private void line(EscPosBuilder out, String text, LineStyle style) {
        boolean ascii = AsciiFolder.isAscii(text);
        if (profile.mode() == TextMode.RASTER && !ascii) {
            for (String part : TextRasterizer.wrap(text, style.raster, paper.dots())) {
                raster(out, TextRasterizer.render(part, style.raster));
            }
            return;
        }
        String printable = profile.mode() == TextMode.ASCII ? AsciiFolder.fold(text) : text;
        out.bold(style.bold).reverse(style.reverse).size(1, style.heightTimes);
        for (String part : wrapColumns(printable, paper.columns())) {
            out.text(profile.mode() == TextMode.CP1258
                    ? Cp1258Encoder.encode(part)
                    : AsciiFolder.fold(part).getBytes(StandardCharsets.US_ASCII)).lineFeed();
        }
        out.size(1, 1).reverse(false).bold(false);
    }

    private void raster(EscPosBuilder out, MonoBitmap bitmap) {
        if (profile.padRaster()) {
            out.align(EscPos.ALIGN_LEFT).raster(bitmap.padLeft((paper.dots() - bitmap.width()) / 16))
                    .align(EscPos.ALIGN_CENTER);
        } else {
            out.raster(bitmap);
        }
    }

    /** Word wrap by character count; combining tone marks take no column. */
    static List<String> wrapColumns(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (columnsOf(candidate) <= columns || line.isEmpty()) {
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

    private static int columnsOf(String text) {
        return (int) Normalizer.normalize(text, Normalizer.Form.NFC).codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
    }
}
