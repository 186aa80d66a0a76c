package vn.motcua.queue.hardware.gpio;

import java.lang.System.Logger.Level;

/** Status LEDs for machines without GPIO: each change of signal is a log line. */
public final class LoggingStatusLeds implements StatusLeds {
    private static final System.Logger LOG = System.getLogger(LoggingStatusLeds.class.getName());
    private volatile Signal current = Signal.OFF;

    @Override
    public void show(Signal signal) {
        if (signal != current) {
            LOG.log(Level.INFO, "status LEDs (simulated): {0}", signal);
        }
        current = signal;
    }

    @Override
    public Signal current() {
        return current;
    }

    @Override
    public void close() {
        current = Signal.OFF;
    }
}
