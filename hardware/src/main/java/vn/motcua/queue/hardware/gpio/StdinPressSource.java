package vn.motcua.queue.hardware.gpio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

/** Presses simulated buttons from typed lines: a button id then Enter. */
public final class StdinPressSource implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(StdinPressSource.class.getName());
    private final Thread reader;

    public StdinPressSource(SimulatedButtonPanel panel, InputStream in) {
        reader = new Thread(() -> run(panel, in), "stdin-buttons");
        reader.setDaemon(true);
        reader.start();
    }

    private static void run(SimulatedButtonPanel panel, InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String id = line.trim();
                if (id.isEmpty()) {
                    continue;
                }
                try {
                    panel.press(id);
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.WARNING, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "stdin closed: {0}", e.getMessage());
        }
    }

    /** Waits until the input has been read to its end (for tests feeding a fixed input). */
    public void awaitEnd(long millis) throws InterruptedException {
        reader.join(millis);
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
