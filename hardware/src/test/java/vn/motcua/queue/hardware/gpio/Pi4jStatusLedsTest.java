package vn.motcua.queue.hardware.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.hardware.testing.MutableClock;

/** Status LEDs on Pi4J's mock platform outputs. */
class Pi4jStatusLedsTest {
    private final MutableClock clock = new MutableClock();

    @Test
    void readyBusyAndErrorDriveTheirOwnLedsAndTheBuzzer() {
        try (Pi4jContexts.Pi4jGpio gpio = Pi4jContexts.create(GpioProvider.MOCK);
             Pi4jStatusLeds leds = new Pi4jStatusLeds(gpio, new StatusLedsConfig(GpioProvider.MOCK, 22, 23, 24, 25, true), clock, false)) {

            leds.ready();
            assertThat(states(leds)).isEqualTo("ready=HIGH busy=LOW error=LOW buzzer=LOW");

            leds.busy();
            assertThat(states(leds)).isEqualTo("ready=LOW busy=HIGH error=LOW buzzer=LOW");
            clock.advanceMillis(600);
            leds.refresh();
            assertThat(states(leds)).isEqualTo("ready=LOW busy=LOW error=LOW buzzer=LOW");
            clock.advanceMillis(500);
            leds.refresh();
            assertThat(states(leds)).isEqualTo("ready=LOW busy=HIGH error=LOW buzzer=LOW");

            leds.error();
            assertThat(states(leds)).isEqualTo("ready=LOW busy=LOW error=HIGH buzzer=HIGH");
            clock.advanceMillis(130);
            leds.refresh();
            assertThat(states(leds)).isEqualTo("ready=LOW busy=LOW error=LOW buzzer=LOW");
            clock.advanceMillis(2000);
            leds.refresh();
            assertThat(leds.output("buzzer").state()).isEqualTo(DigitalState.LOW); // three beeps, then quiet
            assertThat(leds.current()).isEqualTo(StatusLeds.Signal.ERROR);
        }
    }

    @Test
    void withOnlyOneLedBusyAndErrorBlinkIt() {
        try (Pi4jContexts.Pi4jGpio gpio = Pi4jContexts.create(GpioProvider.MOCK);
             Pi4jStatusLeds leds = new Pi4jStatusLeds(gpio, new StatusLedsConfig(GpioProvider.MOCK, 22, null, null, null, false), clock, false)) {
            leds.busy();
            assertThat(leds.output("ready").state()).isEqualTo(DigitalState.LOW); // active low: lit
            clock.advanceMillis(500);
            leds.refresh();
            assertThat(leds.output("ready").state()).isEqualTo(DigitalState.HIGH);
        }
    }

    @Test
    void theSchedulerBlinksTheLedInRealTime() {
        try (Pi4jContexts.Pi4jGpio gpio = Pi4jContexts.create(GpioProvider.MOCK);
             Pi4jStatusLeds leds = new Pi4jStatusLeds(gpio, new StatusLedsConfig(GpioProvider.MOCK, 22, null, 24, null, true), Clock.systemUTC())) {
            leds.error();
            Set<DigitalState> seen = new HashSet<>();
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> {
                seen.add(leds.output("error").state());
                return seen.size() == 2;
            });
        }
    }

    private static String states(Pi4jStatusLeds leds) {
        return "ready=" + leds.output("ready").state() + " busy=" + leds.output("busy").state()
                + " error=" + leds.output("error").state() + " buzzer=" + leds.output("buzzer").state();
    }
}
