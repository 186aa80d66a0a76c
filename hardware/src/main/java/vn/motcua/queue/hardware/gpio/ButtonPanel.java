package vn.motcua.queue.hardware.gpio;

import java.util.function.Consumer;

/**
 * The kiosk's physical buttons (one per service). One press is exactly one event: bounces, a
 * held button and presses during the lockout after a ticket produce none.
 */
public interface ButtonPanel extends AutoCloseable {

    /** {@code listener} gets the id of the button pressed (from {@link ButtonPanelConfig.Button#id()}). */
    void onPress(Consumer<String> listener);

    /**
     * Ignore presses for the configured lockout from now on. An accepted press starts the lockout
     * by itself; call this again when the ticket has printed, since printing can outlast it.
     */
    void lockout();

    @Override
    void close();
}
