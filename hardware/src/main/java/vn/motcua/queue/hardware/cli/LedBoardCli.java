package vn.motcua.queue.hardware.cli;

import java.util.Map;
import vn.motcua.queue.hardware.ledboard.BoardMessage;
import vn.motcua.queue.hardware.ledboard.FrameProfile;
import vn.motcua.queue.hardware.ledboard.LedBoardBus;
import vn.motcua.queue.hardware.ledboard.LedBoardConfig;
import vn.motcua.queue.hardware.ledboard.LedBoardException;
import vn.motcua.queue.hardware.ledboard.LedBoards;
import vn.motcua.queue.hardware.ledboard.ModbusRtuProfile;
import vn.motcua.queue.hardware.ledboard.StxAsciiProfile;
import vn.motcua.queue.hardware.serial.SerialSettings;

/**
 * Shows a number on one LED board: {@code show --port /dev/ttyUSB1 --counter 3 --text A023
 * [--blink true] [--arrow true] [--baud 9600] [--profile stx|modbus] [--address 3]}; {@code clear}
 * blanks it. Without {@code --port} the boards are simulated (logged).
 */
public final class LedBoardCli {
    private LedBoardCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try {
            CliArguments arguments = CliArguments.parse(args);
            Map<String, String> o = arguments.options();
            FrameProfile profile = "modbus".equals(o.getOrDefault("profile", "stx"))
                    ? ModbusRtuProfile.standard() : StxAsciiProfile.standard();
            int counter = Integer.parseInt(required(o, "counter"));
            LedBoardConfig config = o.containsKey("port")
                    ? LedBoardConfig.serial(SerialSettings.of(o.get("port"), Integer.parseInt(o.getOrDefault("baud", "9600"))), profile)
                    : LedBoardConfig.simulated(profile);
            if (o.containsKey("address")) {
                config = config.withAddresses(Map.of(counter, Integer.parseInt(o.get("address"))));
            }
            try (LedBoardBus bus = LedBoards.create(config)) {
                switch (arguments.command()) {
                    case "show" -> bus.show(counter, new BoardMessage(required(o, "text"),
                            Boolean.parseBoolean(o.get("blink")), Boolean.parseBoolean(o.get("arrow"))));
                    case "clear" -> bus.clear(counter);
                    default -> throw new IllegalArgumentException("command must be show or clear");
                }
            }
            System.out.println("ok");
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LedBoardCli show|clear --counter N [--text A023] [--blink true] [--arrow true]"
                    + " [--port /dev/ttyUSB1] [--baud 9600] [--profile stx|modbus] [--address N]");
            return 1;
        } catch (LedBoardException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return value;
    }
}
