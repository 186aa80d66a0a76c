package vn.motcua.queue.hardware.gpio;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Buttons for machines without GPIO: {@link #press(String)} is called by {@link StdinPressSource},
 * {@link HttpPressSource} or a test. Same lockout as the real panel; no bounce to filter.
 */
public final class SimulatedButtonPanel implements ButtonPanel {
    private final Set<String> buttonIds;
    private final PressFilter filter;
    private final PressListeners listeners = new PressListeners();

    public SimulatedButtonPanel(ButtonPanelConfig config, Clock clock) {
        this.buttonIds = config.buttons().stream().map(ButtonPanelConfig.Button::id).collect(Collectors.toUnmodifiableSet());
        this.filter = new PressFilter(Duration.ZERO, config.lockout(), clock);
    }

    /**
     * A full press and release of one button.
     *
     * @return true if it produced a press event, false during the lockout
     * @throws IllegalArgumentException for an unknown button
     */
    public boolean press(String buttonId) {
        if (!buttonIds.contains(buttonId)) {
            throw new IllegalArgumentException("no button " + buttonId + "; buttons: " + buttonIds);
        }
        boolean accepted = filter.level(buttonId, true);
        filter.level(buttonId, false);
        if (accepted) {
            listeners.fire(buttonId);
        }
        return accepted;
    }

    public Set<String> buttonIds() {
        return buttonIds;
    }

    @Override
    public void onPress(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void lockout() {
        filter.startLockout();
    }

    @Override
    public void close() {
        // the press sources own their threads and sockets
    }
}
