package vn.motcua.queue.hardware.gpio;

import java.util.Locale;

/** Where GPIO comes from. */
public enum GpioProvider {
    /** libgpiod character device: Raspberry Pi 5 (and older Pis); its native part is aarch64-only. */
    GPIOD,
    /** The kernel's sysfs GPIO: older Pis and boards without libgpiod. */
    LINUXFS,
    /** Pi4J's mock platform: the real Pi4J code path with pins a test sets. */
    MOCK,
    /** No Pi4J at all: buttons pressed from stdin or HTTP, LEDs written to the log. */
    SIMULATED;

    public static GpioProvider parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
