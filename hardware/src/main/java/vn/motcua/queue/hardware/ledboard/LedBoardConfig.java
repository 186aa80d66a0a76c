package vn.motcua.queue.hardware.ledboard;

import java.time.Duration;
import java.util.Map;
import vn.motcua.queue.hardware.serial.SerialSettings;

/**
 * @param serial       the RS-485 adapter (null when simulated)
 * @param addresses    counter number to board address; counters not listed use their own number
 * @param retries      extra attempts when a board does not acknowledge (profiles with replies) or the write fails
 * @param replyTimeout how long to wait for a board's answer
 * @param frameGap     silence between frames (Modbus RTU needs at least 3.5 character times)
 */
public record LedBoardConfig(Transport transport, SerialSettings serial, FrameProfile profile,
                             Map<Integer, Integer> addresses, int retries, Duration replyTimeout, Duration frameGap) {

    public enum Transport { SERIAL, SIMULATED }

    public LedBoardConfig {
        addresses = Map.copyOf(addresses);
    }

    public static LedBoardConfig serial(SerialSettings serial, FrameProfile profile) {
        return new LedBoardConfig(Transport.SERIAL, serial, profile, Map.of(), 2, Duration.ofMillis(200), Duration.ofMillis(5));
    }

    public static LedBoardConfig simulated(FrameProfile profile) {
        return new LedBoardConfig(Transport.SIMULATED, null, profile, Map.of(), 0, Duration.ZERO, Duration.ZERO);
    }

    public LedBoardConfig withAddresses(Map<Integer, Integer> counterToAddress) {
        return new LedBoardConfig(transport, serial, profile, counterToAddress, retries, replyTimeout, frameGap);
    }

    public LedBoardConfig withRetries(int newRetries, Duration newReplyTimeout) {
        return new LedBoardConfig(transport, serial, profile, addresses, newRetries, newReplyTimeout, frameGap);
    }

    public int addressOf(int counterNumber) {
        return addresses.getOrDefault(counterNumber, counterNumber);
    }
}
