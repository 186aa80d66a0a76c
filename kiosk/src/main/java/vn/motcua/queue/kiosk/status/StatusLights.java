package vn.motcua.queue.kiosk.status;

import vn.motcua.queue.hardware.gpio.StatusLeds;

/** The LEDs follow the kiosk's mode: steady ready, slow blink busy, fast blink + beeps on any error. */
public final class StatusLights {

    private StatusLights() {
    }

    public static void follow(KioskStatus status, StatusLeds leds) {
        status.onChange(s -> leds.show(signal(s.mode())));
        leds.show(signal(status.mode()));
    }

    static StatusLeds.Signal signal(KioskMode mode) {
        return switch (mode) {
            case READY -> StatusLeds.Signal.READY;
            case BUSY -> StatusLeds.Signal.BUSY;
            case OUT_OF_SERVICE, PRINTER_ERROR -> StatusLeds.Signal.ERROR;
        };
    }
}
