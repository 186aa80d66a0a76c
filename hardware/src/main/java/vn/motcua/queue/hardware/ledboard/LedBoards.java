package vn.motcua.queue.hardware.ledboard;

import vn.motcua.queue.hardware.serial.ReconnectBackoff;
import vn.motcua.queue.hardware.serial.SerialLink;

/** Builds the LED board bus a {@link LedBoardConfig} asks for. */
public final class LedBoards {
    private LedBoards() {
    }

    public static LedBoardBus create(LedBoardConfig config) {
        return switch (config.transport()) {
            case SERIAL -> new SerialLedBoardBus(SerialLink.open(config.serial(), ReconnectBackoff.standard()), config);
            case SIMULATED -> new SimulatedLedBoardBus(config);
        };
    }
}
