package vn.motcua.queue.hardware.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.hardware.cli.SampleTickets;
import vn.motcua.queue.hardware.printer.escpos.EscPosCommand;
import vn.motcua.queue.hardware.printer.escpos.EscPosDecoder;
import vn.motcua.queue.hardware.printer.escpos.Printout;

class TicketLayoutTest {

    private static Printout decode(PrinterProfile profile, PaperWidth paper) {
        byte[] bytes = new TicketLayout(profile, paper).render(SampleTickets.standard());
        return Printout.of(bytes, profile.codePageTable());
    }

    @Test
    void cp1258TicketDecodesToTheVietnameseText() {
        assertThat(decode(PrinterProfile.epsonCp1258(), PaperWidth.MM80).toText()).isEqualTo("""
                Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk
                Đăng ký kinh doanh
                ------------------------------------------------
                A023
                ƯU TIÊN: Người cao tuổi
                08:15  12/03/2025
                Số người chờ trước bạn
                5
                Thời gian chờ dự kiến (phút)
                ~15
                [QR https://motcua.daklak.gov.vn/t/01HQ7Z3K9V]
                Quét mã để theo dõi lượt gọi
                Xin cảm ơn quý khách!
                [cut]
                """);
    }

    @Test
    void cp1258TicketSelectsTheProfilesCodePageAndWrapsAt32ColumnsOn58mm() {
        byte[] bytes = new TicketLayout(PrinterProfile.zjiangCp1258(), PaperWidth.MM58).render(SampleTickets.standard());
        List<EscPosCommand> commands = EscPosDecoder.decodeAll(bytes);
        assertThat(commands).contains(new EscPosCommand.SelectCodePage(27));
        assertThat(commands).contains(new EscPosCommand.Ignored("FS ."));
        String text = Printout.of(bytes, PrinterProfile.zjiangCp1258().codePageTable()).toText();
        assertThat(text).startsWith("Trung tâm Phục vụ hành chính\ncông tỉnh Đắk Lắk\n");
        assertThat(text.lines()).allMatch(line -> line.length() <= 32 || line.startsWith("[QR"));
    }

    @Test
    void asciiTicketHasNoDiacritics() {
        String text = decode(PrinterProfile.ascii(), PaperWidth.MM58).toText();
        assertThat(text).isEqualTo("""
                Trung tam Phuc vu hanh chinh
                cong tinh Dak Lak
                Dang ky kinh doanh
                --------------------------------
                A023
                UU TIEN: Nguoi cao tuoi
                08:15  12/03/2025
                So nguoi cho truoc ban
                5
                Thoi gian cho du kien (phut)
                ~15
                [QR https://motcua.daklak.gov.vn/t/01HQ7Z3K9V]
                Quet ma de theo doi luot goi
                Xin cam on quy khach!
                [cut]
                """);
    }

    @Test
    void rasterTicketDrawsOnlyTheVietnameseLinesAndKeepsNumbersAsText() {
        String text = decode(PrinterProfile.raster(), PaperWidth.MM80).toText().replaceAll("\\[image \\d+x\\d+]", "[image]");
        assertThat(text).isEqualTo("""
                [image]
                [image]
                [image]
                ------------------------------------------------
                A023
                [image]
                08:15  12/03/2025
                [image]
                5
                [image]
                ~15
                [QR https://motcua.daklak.gov.vn/t/01HQ7Z3K9V]
                [image]
                [image]
                [cut]
                """);
    }

    @Test
    void rasterImagesFitThePaper() {
        for (PaperWidth paper : PaperWidth.values()) {
            assertThat(decode(PrinterProfile.raster(), paper).images())
                    .allMatch(image -> image.bitmap().width() <= paper.dots());
        }
    }

    @Test
    void ticketsStayWithinTheByteBudgets() {
        for (PaperWidth paper : PaperWidth.values()) {
            assertThat(new TicketLayout(PrinterProfile.raster(), paper).render(SampleTickets.standard()))
                    .hasSizeLessThan(12 * 1024);
            assertThat(new TicketLayout(PrinterProfile.epsonCp1258(), paper).render(SampleTickets.standard()))
                    .hasSizeLessThan(1024);
        }
    }

    @Test
    void ticketWithoutPriorityOrEstimateLeavesThoseLinesOut() {
        byte[] bytes = new TicketLayout(PrinterProfile.epsonCp1258(), PaperWidth.MM80)
                .render(SampleTickets.withoutPriorityOrEstimate());
        String text = Printout.of(bytes, PrinterProfile.epsonCp1258().codePageTable()).toText();
        assertThat(text).contains("B105\n", "Số người chờ trước bạn\n0\n", "[QR https://motcua.example.vn/t/42]")
                .doesNotContain("ƯU TIÊN", "Thời gian chờ");
    }

    @Test
    void numberIsPrintedLargeAndBold() {
        Printout printout = decode(PrinterProfile.raster(), PaperWidth.MM58);
        Printout.TextLine number = printout.blocks().stream()
                .filter(Printout.TextLine.class::isInstance).map(Printout.TextLine.class::cast)
                .filter(line -> line.text().equals("A023")).findFirst().orElseThrow();
        assertThat(number.bold()).isTrue();
        assertThat(number.widthTimes()).isEqualTo(6);
        assertThat(number.heightTimes()).isEqualTo(6);
    }

    @Test
    void rasterQrProfileDrawsTheQrAsAnImage() {
        PrinterProfile noNativeQr = new PrinterProfile("raster-qr", TextMode.CP1258, 52, false, false, false);
        Printout printout = decode(noNativeQr, PaperWidth.MM80);
        assertThat(printout.qrPayloads()).isEmpty();
        assertThat(printout.images()).hasSize(1);
    }

    @Test
    void paddedRasterIsCenteredWithBlankBytes() {
        PrinterProfile padded = new PrinterProfile("padded", TextMode.RASTER, 0, false, true, true);
        Printout printout = decode(padded, PaperWidth.MM80);
        assertThat(printout.images()).allMatch(image -> image.align() == 0);
        Printout.Image first = printout.images().get(0);
        assertThat(first.bitmap().width()).isGreaterThan(decode(PrinterProfile.raster(), PaperWidth.MM80).images().get(0).bitmap().width());
    }
}
