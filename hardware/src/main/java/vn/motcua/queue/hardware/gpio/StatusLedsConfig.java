package vn.motcua.queue.hardware.gpio;

/**
 * BCM pins of the status outputs; null for one that is not fitted. With only the ready LED, busy
 * and error are shown on it as slow and fast blinks.
 *
 * @param activeHigh true when driving the pin HIGH lights the LED (LED from pin to ground)
 */
public record StatusLedsConfig(GpioProvider provider, Integer readyPin, Integer busyPin, Integer errorPin,
                               Integer buzzerPin, boolean activeHigh) {

    public StatusLedsConfig {
        if (provider != GpioProvider.SIMULATED && readyPin == null) {
            throw new IllegalArgumentException("the ready LED pin is required");
        }
    }
}
