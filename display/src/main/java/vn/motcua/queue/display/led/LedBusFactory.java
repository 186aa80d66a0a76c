package vn.motcua.queue.display.led;

import vn.motcua.queue.display.config.DisplayConfig;
import vn.motcua.queue.hardware.ledboard.FrameProfile;
import vn.motcua.queue.hardware.ledboard.LedBoardBus;
import vn.motcua.queue.hardware.ledboard.LedBoardConfig;
import vn.motcua.queue.hardware.ledboard.LedBoards;
import vn.motcua.queue.hardware.ledboard.ModbusRtuProfile;
import vn.motcua.queue.hardware.ledboard.StxAsciiProfile;
import vn.motcua.queue.hardware.serial.SerialSettings;

/** The display's {@code led.*} keys -> the hardware module's board bus. */
public final class LedBusFactory {
    private LedBusFactory() {
    }

    /** null when {@code led.transport=none}. */
    public static LedBoardBus create(DisplayConfig.Led led) {
        FrameProfile profile = profile(led.profile());
        LedBoardConfig config = switch (led.transport()) {
            case NONE -> null;
            case SIMULATED -> LedBoardConfig.simulated(profile);
            case SERIAL -> LedBoardConfig.serial(SerialSettings.of(led.port(), led.baud()), profile)
                    .withRetries(led.retries(), led.replyTimeout());
        };
        return config == null ? null : LedBoards.create(config.withAddresses(led.addresses()));
    }

    static FrameProfile profile(String name) {
        return switch (name) {
            case "stx" -> StxAsciiProfile.standard();
            case "stx-check" -> new StxAsciiProfile("*", ">", true, true);
            case "modbus" -> ModbusRtuProfile.standard();
            default -> throw new IllegalArgumentException("led.profile must be stx, stx-check or modbus: " + name);
        };
    }
}
