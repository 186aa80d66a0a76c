package vn.motcua.queue.hardware.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.hardware.testing.MutableClock;

/** Buttons on Pi4J's mock platform: listeners fire synchronously as the test sets pin levels. */
class Pi4jButtonPanelTest {
    private final MutableClock clock = new MutableClock();
    private final List<String> presses = new CopyOnWriteArrayList<>();
    private Pi4jContexts.Pi4jGpio gpio;
    private Pi4jButtonPanel panel;

    @BeforeEach
    void createPanel() {
        gpio = Pi4jContexts.create(GpioProvider.MOCK);
        panel = new Pi4jButtonPanel(gpio, ButtonPanelConfig.pullUp(GpioProvider.MOCK, List.of(
                new ButtonPanelConfig.Button("civil-status", 17),
                new ButtonPanelConfig.Button("land", 27))), clock);
        panel.onPress(presses::add);
        // the mock starts LOW (held, with pull-up wiring): release both, then stay idle a while
        pin("civil-status").mockState(DigitalState.HIGH);
        pin("land").mockState(DigitalState.HIGH);
        clock.advance(Duration.ofSeconds(1));
    }

    @AfterEach
    void shutdown() {
        panel.close();
        gpio.close();
    }

    private MockDigitalInput pin(String button) {
        return (MockDigitalInput) panel.input(button);
    }

    /** Levels a millisecond apart, as a bouncing contact produces them. */
    private void levels(String button, DigitalState... states) {
        for (DigitalState state : states) {
            pin(button).mockState(state);
            clock.advanceMillis(1);
        }
    }

    @Test
    void aBouncingPressIsOnePress() {
        levels("civil-status", DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
        clock.advanceMillis(200);
        levels("civil-status", DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH); // bouncing release

        assertThat(presses).containsExactly("civil-status");
    }

    @Test
    void aHeldButtonDoesNotRepeat() {
        levels("land", DigitalState.LOW);
        clock.advance(Duration.ofSeconds(10));
        pin("land").mockState(DigitalState.LOW); // same level again: no edge
        clock.advance(Duration.ofSeconds(10));

        assertThat(presses).containsExactly("land");
    }

    @Test
    void pressesDuringTheLockoutAreIgnored() {
        levels("civil-status", DigitalState.LOW, DigitalState.HIGH);
        clock.advance(Duration.ofSeconds(1));
        levels("civil-status", DigitalState.LOW, DigitalState.HIGH); // within 3 s: the impatient second press
        clock.advance(Duration.ofSeconds(1));
        levels("land", DigitalState.LOW, DigitalState.HIGH);         // any button is locked out

        assertThat(presses).containsExactly("civil-status");

        clock.advance(Duration.ofSeconds(2));
        levels("land", DigitalState.LOW, DigitalState.HIGH);
        assertThat(presses).containsExactly("civil-status", "land");
    }

    @Test
    void theKioskCanExtendTheLockoutWhilePrinting() {
        levels("land", DigitalState.LOW, DigitalState.HIGH);
        clock.advance(Duration.ofMillis(2900));
        panel.lockout(); // ticket printed just now
        clock.advance(Duration.ofSeconds(2));
        levels("land", DigitalState.LOW, DigitalState.HIGH);

        assertThat(presses).containsExactly("land");
    }

    @Test
    void twoDeliberatePressesAfterTheLockoutAreTwoEvents() {
        levels("land", DigitalState.LOW, DigitalState.HIGH);
        clock.advance(Duration.ofSeconds(4));
        levels("land", DigitalState.LOW, DigitalState.HIGH);

        assertThat(presses).containsExactly("land", "land");
    }

    @Test
    void aButtonHeldAtStartUpIsNotAPressButItsNextPressIs() {
        try (Pi4jContexts.Pi4jGpio otherGpio = Pi4jContexts.create(GpioProvider.MOCK)) {
            Pi4jButtonPanel fresh = new Pi4jButtonPanel(otherGpio, ButtonPanelConfig.pullUp(GpioProvider.MOCK,
                    List.of(new ButtonPanelConfig.Button("a", 5))), clock);
            List<String> freshPresses = new CopyOnWriteArrayList<>();
            fresh.onPress(freshPresses::add);
            MockDigitalInput a = (MockDigitalInput) fresh.input("a");
            assertThat(a.state()).isEqualTo(DigitalState.LOW); // the mock starts LOW: "held" with pull-up wiring

            a.mockState(DigitalState.HIGH); // released
            assertThat(freshPresses).isEmpty();

            clock.advanceMillis(100);
            a.mockState(DigitalState.LOW);
            assertThat(freshPresses).containsExactly("a");
            fresh.close();
        }
    }

    @Test
    void activeHighWiringWithPullDownIsSupported() {
        try (Pi4jContexts.Pi4jGpio otherGpio = Pi4jContexts.create(GpioProvider.MOCK)) {
            Pi4jButtonPanel fresh = new Pi4jButtonPanel(otherGpio, new ButtonPanelConfig(GpioProvider.MOCK,
                    List.of(new ButtonPanelConfig.Button("a", 5)), ButtonPanelConfig.Pull.DOWN, false,
                    Duration.ofMillis(50), Duration.ofSeconds(3), 0, false), clock);
            List<String> freshPresses = new CopyOnWriteArrayList<>();
            fresh.onPress(freshPresses::add);
            MockDigitalInput a = (MockDigitalInput) fresh.input("a");

            a.mockState(DigitalState.HIGH);
            a.mockState(DigitalState.LOW);
            assertThat(freshPresses).containsExactly("a");
            fresh.close();
        }
    }

    @Test
    void aFailingListenerDoesNotSilenceTheOthers() {
        panel.onPress(id -> {
            throw new IllegalStateException("kiosk bug");
        });
        List<String> second = new CopyOnWriteArrayList<>();
        panel.onPress(second::add);

        levels("land", DigitalState.LOW, DigitalState.HIGH);

        assertThat(second).containsExactly("land");
    }
}
