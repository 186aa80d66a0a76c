package vn.motcua.queue.hardware.gpio;

/** The kiosk's status lights (and buzzer): what state the kiosk is in, at a glance. */
public interface StatusLeds extends AutoCloseable {

    enum Signal { OFF, READY, BUSY, ERROR }

    /** Steady green: press a button. */
    default void ready() {
        show(Signal.READY);
    }

    /** Slow blink: a ticket is being issued and printed. */
    default void busy() {
        show(Signal.BUSY);
    }

    /** Fast red blink and three beeps: printer out of paper, backend unreachable. */
    default void error() {
        show(Signal.ERROR);
    }

    default void off() {
        show(Signal.OFF);
    }

    void show(Signal signal);

    Signal current();

    @Override
    void close();
}
