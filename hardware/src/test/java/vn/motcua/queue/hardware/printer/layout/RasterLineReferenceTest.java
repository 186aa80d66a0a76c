package vn.motcua.queue.hardware.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.hardware.cli.SampleTickets;
import vn.motcua.queue.hardware.printer.escpos.MonoBitmap;
import vn.motcua.queue.hardware.printer.escpos.Printout;
import vn.motcua.queue.hardware.printer.escpos.TextRasterizer;

/**
 * The Vietnamese line "Số người chờ trước bạn" of a RASTER ticket, decoded from its GS v 0 bytes,
 * against a committed reference image (made once with the bundled font). A tolerance absorbs
 * rasteriser differences between JDK builds; a line without its diacritics must still fail.
 */
class RasterLineReferenceTest {
    private static final String REFERENCE = "/vn/motcua/queue/hardware/printer/reference/people-ahead-line.png";
    private static final double TOLERANCE = 0.03; // of the dots that are black in either image

    @Test
    void decodedPeopleAheadLineMatchesTheReferenceImage() throws IOException {
        MonoBitmap printed = peopleAheadLineOfRasterTicket();
        MonoBitmap reference = MonoBitmap.fromImage(loadReference());

        assertThat(differingShare(printed, reference)).isLessThan(TOLERANCE);
    }

    @Test
    void decodedLineIsExactlyWhatTheRasterizerDrew() {
        MonoBitmap fresh = TextRasterizer.render(TicketLayout.PEOPLE_AHEAD, LineStyle.SMALL.raster);
        assertThat(peopleAheadLineOfRasterTicket()).isEqualTo(fresh);
    }

    @Test
    void theComparisonNoticesMissingDiacritics() throws IOException {
        MonoBitmap withoutMarks = TextRasterizer.render("So nguoi cho truoc ban", LineStyle.SMALL.raster);
        MonoBitmap reference = MonoBitmap.fromImage(loadReference());
        assertThat(differingShare(withoutMarks, reference)).isGreaterThan(TOLERANCE);
    }

    private static MonoBitmap peopleAheadLineOfRasterTicket() {
        byte[] bytes = new TicketLayout(PrinterProfile.raster(), PaperWidth.MM80).render(SampleTickets.standard());
        List<Printout.Block> blocks = Printout.of(bytes, PrinterProfile.raster().codePageTable()).blocks();
        for (int i = 0; i < blocks.size() - 1; i++) {
            if (blocks.get(i) instanceof Printout.TextLine line && line.text().startsWith("08:15")) {
                return ((Printout.Image) blocks.get(i + 1)).bitmap();
            }
        }
        throw new AssertionError("no image after the issue time line");
    }

    private static BufferedImage loadReference() throws IOException {
        try (InputStream in = RasterLineReferenceTest.class.getResourceAsStream(REFERENCE)) {
            assertThat(in).as("reference image " + REFERENCE).isNotNull();
            return ImageIO.read(in);
        }
    }

    /** Differing dots over dots black in either image, compared on the union of both sizes. */
    static double differingShare(MonoBitmap a, MonoBitmap b) {
        int width = Math.max(a.width(), b.width());
        int height = Math.max(a.height(), b.height());
        int differing = 0;
        int inked = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean inA = x < a.width() && y < a.height() && a.get(x, y);
                boolean inB = x < b.width() && y < b.height() && b.get(x, y);
                if (inA || inB) {
                    inked++;
                }
                if (inA != inB) {
                    differing++;
                }
            }
        }
        return inked == 0 ? 1.0 : (double) differing / inked;
    }
}
