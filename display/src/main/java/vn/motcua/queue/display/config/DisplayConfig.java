package vn.motcua.queue.display.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import vn.motcua.queue.display.voice.VoiceSettings;

/**
 * Everything the display agent is told; keys and defaults are documented in display/README.md and
 * read by {@link DisplayConfigLoader}.
 */
public record DisplayConfig(
        URI backendUrl,
        String center,
        String deviceToken,
        String httpHost,
        int httpPort,
        Screen screen,
        Voice voice,
        Led led,
        Timing timing) {

    /** The hall page. */
    public record Screen(DisplayProfile profile, CounterSelection counters, String title, String notice,
                         int recentCalls, int highlightSeconds, boolean english, ZoneId timeZone) {
    }

    /**
     * @param output       PAGE (the browser plays it), SPEAKER (this box's audio output), BOTH or NONE
     * @param clipsDir     the center's own recordings (null: the bundled espeak-ng clips only)
     * @param mixer        part of the name of the sound card to use for SPEAKER ("" = default)
     * @param catchUp      calls missed while disconnected and younger than this are announced after reconnecting
     */
    public record Voice(VoiceOutput output, VoiceSettings settings, Path clipsDir, String mixer, Duration catchUp) {
    }

    public enum VoiceOutput {
        PAGE, SPEAKER, BOTH, NONE;

        public boolean page() {
            return this == PAGE || this == BOTH;
        }

        public boolean speaker() {
            return this == SPEAKER || this == BOTH;
        }
    }

    /**
     * @param transport  NONE (no boards), SIMULATED (logged) or SERIAL (RS-485 adapter)
     * @param profile    stx, stx-check (with block check and ACK) or modbus
     * @param counters   counters that have a board
     * @param addresses  counter number -> board address where they differ
     * @param blink      how long a recalled number blinks before it shows steady again
     */
    public record Led(LedTransport transport, String port, int baud, String profile, CounterSelection counters,
                      Map<Integer, Integer> addresses, int retries, Duration replyTimeout, Duration blink) {
        public Led {
            addresses = Map.copyOf(addresses);
        }
    }

    public enum LedTransport { NONE, SIMULATED, SERIAL }

    /**
     * @param minBackoff  first reconnect delay after the event stream drops (doubles up to maxBackoff)
     * @param ping        how often the agent pings the backend over the WebSocket
     * @param idleTimeout no frame (event or pong) for this long = a dead connection (network cut)
     */
    public record Timing(Duration minBackoff, Duration maxBackoff, Duration ping, Duration idleTimeout,
                         Duration heartbeat) {
    }
}
