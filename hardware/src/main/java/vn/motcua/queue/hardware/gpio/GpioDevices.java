package vn.motcua.queue.hardware.gpio;

import java.time.Clock;

/**
 * Builds the button panel and status LEDs for the configured provider, sharing one Pi4J context
 * (one owner of the GPIO chip) between them; SIMULATED builds the stdin/HTTP panel and log LEDs.
 */
public final class GpioDevices implements AutoCloseable {
    private final GpioProvider provider;
    private final Pi4jContexts.Pi4jGpio gpio;
    private final Clock clock;
    private HttpPressSource httpSource;
    private StdinPressSource stdinSource;

    private GpioDevices(GpioProvider provider, Clock clock) {
        this.provider = provider;
        this.clock = clock;
        this.gpio = provider == GpioProvider.SIMULATED ? null : Pi4jContexts.create(provider);
    }

    public static GpioDevices open(GpioProvider provider, Clock clock) {
        return new GpioDevices(provider, clock);
    }

    public ButtonPanel buttonPanel(ButtonPanelConfig config) {
        if (gpio != null) {
            return new Pi4jButtonPanel(gpio, config, clock);
        }
        SimulatedButtonPanel panel = new SimulatedButtonPanel(config, clock);
        if (config.httpPort() > 0) {
            httpSource = new HttpPressSource(panel, config.httpPort());
        }
        if (config.stdin()) {
            stdinSource = new StdinPressSource(panel, System.in);
        }
        return panel;
    }

    public StatusLeds statusLeds(StatusLedsConfig config) {
        return gpio != null ? new Pi4jStatusLeds(gpio, config, clock) : new LoggingStatusLeds();
    }

    public GpioProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        if (httpSource != null) {
            httpSource.close();
        }
        if (stdinSource != null) {
            stdinSource.close();
        }
        if (gpio != null) {
            gpio.close();
        }
    }
}
