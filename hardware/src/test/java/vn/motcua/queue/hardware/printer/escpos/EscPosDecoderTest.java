package vn.motcua.queue.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscPosDecoderTest {

    @Test
    void decodesTextStylesAndCut() {
        byte[] bytes = new EscPosBuilder().initialize().align(EscPos.ALIGN_CENTER).bold(true).size(2, 3)
                .ascii("A023").lineFeed().feedAndCut(40).toByteArray();
        assertThat(EscPosDecoder.decodeAll(bytes)).containsExactly(
                new EscPosCommand.Initialize(),
                new EscPosCommand.Align(1),
                new EscPosCommand.Bold(true),
                new EscPosCommand.CharacterSize(2, 3),
                new EscPosCommand.Text("A023".getBytes()),
                new EscPosCommand.LineFeed(),
                new EscPosCommand.Cut(40));
    }

    @Test
    void reportsAnUnfinishedCommandAsIncomplete() {
        MonoBitmap image = MonoBitmap.blank(16, 4);
        byte[] bytes = new EscPosBuilder().raster(image).toByteArray();
        assertThat(EscPosDecoder.parseNext(bytes, 0, bytes.length - 1)).isNull();
        assertThat(EscPosDecoder.parseNext(bytes, 0, bytes.length).length()).isEqualTo(bytes.length);
        assertThatThrownBy(() -> EscPosDecoder.decodeAll(Arrays.copyOf(bytes, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusRequestBytesInsideImageDataAreNotStatusRequests() {
        MonoBitmap image = new MonoBitmap(24, 1, new byte[] {0x10, 0x04, 0x01});
        byte[] bytes = new EscPosBuilder().raster(image).toByteArray();
        assertThat(EscPosDecoder.decodeAll(bytes)).containsExactly(new EscPosCommand.RasterImage(image));
    }

    @Test
    void rasterImageRoundTripsDotForDot() {
        MonoBitmap drawn = TextRasterizer.render("Đắk Lắk", new TextRasterizer.Style(24f, true, false));
        byte[] bytes = new EscPosBuilder().raster(drawn).toByteArray();
        assertThat(Printout.of(bytes, Map.of()).images().get(0).bitmap()).isEqualTo(drawn);
        assertThat(drawn.blackDots()).isGreaterThan(100);
    }

    @Test
    void nativeQrCommandIsRenderedAsAScannableSymbol() throws Exception {
        String url = "https://motcua.example.vn/t/01HQ7Z3K9V";
        byte[] bytes = new EscPosBuilder().initialize().qrCode(url, 6).feedAndCut(10).toByteArray();
        Printout printout = Printout.of(bytes, Map.of());
        assertThat(printout.qrPayloads()).containsExactly(url);

        BufferedImage paper = PrintoutRenderer.render(printout, 576);
        assertThat(scanQr(paper)).isEqualTo(url);
    }

    @Test
    void textIsDecodedWithTheSelectedCodePage() {
        byte[] bytes = new EscPosBuilder().codePage(52).text(Cp1258Encoder.encode("Mời")).lineFeed().toByteArray();
        assertThat(Printout.of(bytes, Map.of(52, Cp1258Encoder.CP1258)).toText()).isEqualTo("Mời\n");
        // the same bytes on a printer left in code page 437 print something else
        assertThat(Printout.of(bytes, Map.of()).toText()).isNotEqualTo("Mời\n");
    }

    static String scanQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
