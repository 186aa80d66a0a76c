package vn.motcua.queue.hardware.gpio;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns raw button levels into presses: our own debounce (Pi4J's mock ignores Pi4J's, and gpiod's
 * depends on the kernel) plus the lockout that prevents double tickets.
 *
 * <p>Debounce is edge-triggered so a press answers at once: the first active edge is the press,
 * and a new press needs the button to have been released for at least the debounce time. Bounces
 * at press and at release are therefore both swallowed, and a held button, which produces no
 * edges, never repeats. Time comes from a {@link Clock} so tests drive it without sleeping.
 */
final class PressFilter {
    private static final System.Logger LOG = System.getLogger(PressFilter.class.getName());

    private final Duration debounce;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, ButtonState> buttons = new HashMap<>();
    private Instant lockedUntil = Instant.MIN;

    private static final class ButtonState {
        boolean down;
        Instant releasedAt;
    }

    PressFilter(Duration debounce, Duration lockout, Clock clock) {
        this.debounce = debounce;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** A button read active at start-up is taken as held: its release is not a press and its hold not one either. */
    synchronized void initial(String buttonId, boolean active) {
        buttons.computeIfAbsent(buttonId, id -> new ButtonState()).down = active;
    }

    /** @return true if this level change is a press to report */
    synchronized boolean level(String buttonId, boolean active) {
        ButtonState state = buttons.computeIfAbsent(buttonId, id -> new ButtonState());
        Instant now = clock.instant();
        if (!active) {
            if (state.down) {
                state.down = false;
                state.releasedAt = now;
            }
            return false;
        }
        if (state.down) {
            return false; // repeated active level: held
        }
        state.down = true;
        if (state.releasedAt != null && Duration.between(state.releasedAt, now).compareTo(debounce) < 0) {
            return false; // bounce
        }
        if (now.isBefore(lockedUntil)) {
            LOG.log(Level.INFO, "button {0} pressed during the lockout: ignored", buttonId);
            return false;
        }
        lockedUntil = now.plus(lockout);
        return true;
    }

    synchronized void startLockout() {
        Instant until = clock.instant().plus(lockout);
        if (until.isAfter(lockedUntil)) {
            lockedUntil = until;
        }
    }
}
