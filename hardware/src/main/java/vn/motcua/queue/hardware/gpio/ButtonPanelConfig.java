package vn.motcua.queue.hardware.gpio;

import java.time.Duration;
import java.util.List;

/**
 * @param pull        internal resistor: UP with buttons wired to ground (the usual wiring), DOWN with buttons to 3.3 V
 * @param activeLow   true when a pressed button reads LOW (pull-up wiring)
 * @param debounce    a release shorter than this is contact bounce, not a new press
 * @param lockout     presses this soon after an accepted press (or {@link ButtonPanel#lockout()}) are ignored
 * @param httpPort    SIMULATED only: port of the local HTTP press endpoint, or 0 for none
 * @param stdin       SIMULATED only: read button ids typed on standard input
 */
public record ButtonPanelConfig(GpioProvider provider, List<Button> buttons, Pull pull, boolean activeLow,
                                Duration debounce, Duration lockout, int httpPort, boolean stdin) {

    /** A button and the BCM number of the pin it is wired to. */
    public record Button(String id, int bcmPin) {
    }

    public enum Pull { UP, DOWN, NONE }

    public ButtonPanelConfig {
        buttons = List.copyOf(buttons);
        if (buttons.stream().map(Button::id).distinct().count() != buttons.size()) {
            throw new IllegalArgumentException("button ids must be unique: " + buttons);
        }
    }

    /** Pull-up wiring (button to ground), 50 ms debounce, 3 s lockout. */
    public static ButtonPanelConfig pullUp(GpioProvider provider, List<Button> buttons) {
        return new ButtonPanelConfig(provider, buttons, Pull.UP, true, Duration.ofMillis(50), Duration.ofSeconds(3), 0, false);
    }

    public ButtonPanelConfig withLockout(Duration newLockout) {
        return new ButtonPanelConfig(provider, buttons, pull, activeLow, debounce, newLockout, httpPort, stdin);
    }

    public ButtonPanelConfig withHttpPort(int port) {
        return new ButtonPanelConfig(provider, buttons, pull, activeLow, debounce, lockout, port, stdin);
    }
}
