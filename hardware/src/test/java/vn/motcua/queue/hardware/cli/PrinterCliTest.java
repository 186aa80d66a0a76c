package vn.motcua.queue.hardware.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrinterCliTest {
    @TempDir
    Path dir;

    @Test
    void printsTheSampleTicketThenDecodesTheCapturedBytes() throws Exception {
        assertThat(PrinterCli.run(new String[] {"print", "--transport", "simulated", "--folder", dir.toString(),
                "--profile", "epson-cp1258", "--paper", "80"})).isZero();

        Path captured;
        try (Stream<Path> files = Files.list(dir)) {
            captured = files.filter(p -> p.toString().endsWith(".escpos")).findFirst().orElseThrow();
        }
        Path png = dir.resolve("decoded.png");
        String out = captureStdout(() -> PrinterCli.run(new String[] {"decode", captured.toString(),
                "--profile", "epson-cp1258", "--png", png.toString()}));
        assertThat(out).startsWith("Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk\n");
        assertThat(png).isNotEmptyFile();
    }

    @Test
    void statusExitCodeSaysWhetherThePrinterCanPrint() throws Exception {
        String[] status = {"status", "--transport", "simulated", "--folder", dir.toString()};
        assertThat(PrinterCli.run(status)).isZero();
        Files.writeString(dir.resolve("STATUS"), "COVER_OPEN");
        assertThat(captureStdout(() -> assertThat(PrinterCli.run(status)).isEqualTo(2))).isEqualTo("COVER_OPEN\n");
    }

    @Test
    void aMissingSerialPortIsDisconnected() {
        String out = captureStdout(() -> assertThat(PrinterCli.run(new String[] {"status", "--transport", "serial",
                "--port", dir.resolve("ttyUSB9").toString()})).isEqualTo(2));
        assertThat(out).isEqualTo("DISCONNECTED\n");
    }

    @Test
    void badUsageIsExitCode1() {
        assertThat(PrinterCli.run(new String[] {})).isEqualTo(1);
        assertThat(PrinterCli.run(new String[] {"print", "--profile"})).isEqualTo(1);
        assertThat(PrinterCli.run(new String[] {"print", "--transport", "simulated", "--profile", "nope"})).isEqualTo(1);
        assertThat(LedBoardCli.run(new String[] {"show", "--text", "A023"})).isEqualTo(1);
    }

    @Test
    void ledBoardCliShowsOnASimulatedBoard() {
        assertThat(LedBoardCli.run(new String[] {"show", "--counter", "3", "--text", "A023", "--blink", "true"})).isZero();
    }

    private static String captureStdout(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
