package vn.motcua.queue.hardware.ledboard;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.TreeMap;

/**
 * LED boards for machines without them: each update is encoded and decoded with the configured
 * profile (so a message the real boards could not take fails here too) and logged.
 */
public final class SimulatedLedBoardBus implements LedBoardBus {
    private static final System.Logger LOG = System.getLogger(SimulatedLedBoardBus.class.getName());

    private final LedBoardConfig config;
    private final Map<Integer, BoardMessage> shown = new TreeMap<>();

    public SimulatedLedBoardBus(LedBoardConfig config) {
        this.config = config;
    }

    @Override
    public synchronized void show(int counterNumber, BoardMessage message) {
        byte[] frame = config.profile().encode(config.addressOf(counterNumber), message);
        BoardFrame decoded = config.profile().decode(frame, 0, frame.length);
        shown.put(counterNumber, decoded.message());
        LOG.log(Level.INFO, "LED board of counter {0} (simulated, address {1}) shows \"{2}\"{3}{4}", counterNumber,
                decoded.address(), decoded.message().text(), decoded.message().blink() ? " blinking" : "",
                decoded.message().arrow() ? " with arrow" : "");
    }

    /** What each counter's board shows now (blank boards included once cleared). */
    public synchronized Map<Integer, BoardMessage> shown() {
        return Map.copyOf(shown);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
