package vn.motcua.queue.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Status LEDs and buzzer on GPIO. One scheduler thread re-evaluates every output's
 * {@link BlinkPattern} every 25 ms and writes a pin only when its level changes; Pi4J's own
 * blink would need a thread per output and cannot express "three beeps".
 */
public final class Pi4jStatusLeds implements StatusLeds {
    private static final System.Logger LOG = System.getLogger(Pi4jStatusLeds.class.getName());
    private static final Duration TICK = Duration.ofMillis(25);

    private final Context pi4j;
    private final boolean activeHigh;
    private final Clock clock;
    private final Map<String, DigitalOutput> outputs = new LinkedHashMap<>();
    private final Map<String, Boolean> written = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker;
    private volatile Map<String, BlinkPattern> patterns = Map.of();
    private volatile Instant startedAt;
    private volatile Signal current = Signal.OFF;

    public Pi4jStatusLeds(Pi4jContexts.Pi4jGpio gpio, StatusLedsConfig config, Clock clock) {
        this(gpio, config, clock, true);
    }

    /** @param ticking false lets a test call {@link #refresh()} itself with a clock it moves */
    Pi4jStatusLeds(Pi4jContexts.Pi4jGpio gpio, StatusLedsConfig config, Clock clock, boolean ticking) {
        this.pi4j = gpio.context();
        this.activeHigh = config.activeHigh();
        this.clock = clock;
        this.startedAt = clock.instant();
        addOutput("ready", config.readyPin(), gpio.outputProviderId());
        addOutput("busy", config.busyPin(), gpio.outputProviderId());
        addOutput("error", config.errorPin(), gpio.outputProviderId());
        addOutput("buzzer", config.buzzerPin(), gpio.outputProviderId());
        if (ticking) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "status-leds");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::refresh, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    @Override
    public synchronized void show(Signal signal) {
        Map<String, BlinkPattern> next = new LinkedHashMap<>();
        outputs.keySet().forEach(name -> next.put(name, BlinkPattern.OFF));
        switch (signal) {
            case READY -> next.put("ready", BlinkPattern.ON);
            case BUSY -> next.put(outputs.containsKey("busy") ? "busy" : "ready", BlinkPattern.SLOW_BLINK);
            case ERROR -> {
                next.put(outputs.containsKey("error") ? "error" : "ready", BlinkPattern.FAST_BLINK);
                if (outputs.containsKey("buzzer")) {
                    next.put("buzzer", BlinkPattern.THREE_BEEPS);
                }
            }
            case OFF -> {
            }
        }
        patterns = next;
        startedAt = clock.instant();
        if (signal != current) {
            LOG.log(Level.INFO, "status LEDs: {0}", signal);
        }
        current = signal;
        refresh();
    }

    @Override
    public Signal current() {
        return current;
    }

    /** Sets every output to what its pattern says now. */
    synchronized void refresh() {
        Duration elapsed = Duration.between(startedAt, clock.instant());
        patterns.forEach((name, pattern) -> {
            boolean on = pattern.isOn(elapsed);
            if (!Boolean.valueOf(on).equals(written.get(name))) {
                outputs.get(name).state(on == activeHigh ? DigitalState.HIGH : DigitalState.LOW);
                written.put(name, on);
            }
        });
    }

    /** The Pi4J output behind "ready", "busy", "error" or "buzzer" (tests read the mock's state). */
    public DigitalOutput output(String name) {
        return outputs.get(name);
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        synchronized (this) {
            outputs.values().forEach(o -> o.state(activeHigh ? DigitalState.LOW : DigitalState.HIGH));
            outputs.values().forEach(o -> pi4j.shutdown(o.id()));
            outputs.clear();
        }
    }

    private void addOutput(String name, Integer pin, String providerId) {
        if (pin == null) {
            return;
        }
        DigitalState offLevel = activeHigh ? DigitalState.LOW : DigitalState.HIGH;
        outputs.put(name, pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id("led-" + name)
                .name(name + " LED")
                .address(pin)
                .initial(offLevel)
                .shutdown(offLevel)
                .provider(providerId)
                .build()));
    }
}
