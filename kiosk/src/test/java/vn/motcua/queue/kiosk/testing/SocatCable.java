package vn.motcua.queue.kiosk.testing;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Copied from hardware/src/test (test helpers are not published in the hardware jar).
 *
 * A real virtual serial cable: two pseudo-terminals joined by socat, reachable through the links
 * {@code printer} (the device end, opened by the driver under test) and {@code host} (the end the
 * test plays the device on). {@link #pull()} kills socat like a pulled cable; {@link #plugBack()}
 * starts it again with the same link names.
 *
 * <p>socat missing is a failure, not a skip: CI installs it (.ci/run), and a skipped cable test
 * would hide that the serial code was never exercised.
 */
public final class SocatCable implements AutoCloseable {
    private final Path dir;
    private Process socat;

    public SocatCable(Path dir) throws IOException {
        this.dir = dir;
        plugBack();
    }

    public Path deviceEnd() {
        return dir.resolve("printer");
    }

    public Path hostEnd() {
        return dir.resolve("host");
    }

    public void plugBack() throws IOException {
        Files.deleteIfExists(deviceEnd());
        Files.deleteIfExists(hostEnd());
        ProcessBuilder builder = new ProcessBuilder(List.of(socatBinary(),
                "-d", "-d",
                "pty,raw,echo=0,link=" + deviceEnd(),
                "pty,raw,echo=0,link=" + hostEnd()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("socat.log").toFile()));
        socat = builder.start();
        await("socat links").atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(deviceEnd()) && Files.exists(hostEnd()));
    }

    /** Kills socat: both pseudo-terminals vanish, as a USB-serial adapter does when unplugged. */
    public void pull() throws InterruptedException {
        socat.destroy();
        socat.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (socat != null && socat.isAlive()) {
            pull();
        }
    }

    private static String socatBinary() {
        for (String candidate : List.of("/usr/bin/socat", "/bin/socat", "/usr/local/bin/socat")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        throw new AssertionError("socat is not installed (apt-get install -y socat); serial tests need it");
    }
}
