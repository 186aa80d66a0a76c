package vn.motcua.queue.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Buttons on GPIO pins through Pi4J (gpiod, linuxfs or the mock platform). */
public final class Pi4jButtonPanel implements ButtonPanel {
    private final Context pi4j;
    private final ButtonPanelConfig config;
    private final PressFilter filter;
    private final PressListeners listeners = new PressListeners();
    private final List<DigitalInput> inputs = new ArrayList<>();
    private final List<DigitalStateChangeListener> stateListeners = new ArrayList<>();

    public Pi4jButtonPanel(Pi4jContexts.Pi4jGpio gpio, ButtonPanelConfig config, Clock clock) {
        this.pi4j = gpio.context();
        this.config = config;
        this.filter = new PressFilter(config.debounce(), config.lockout(), clock);
        for (ButtonPanelConfig.Button button : config.buttons()) {
            DigitalInput input = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                    .id("button-" + button.id())
                    .name("button " + button.id())
                    .address(button.bcmPin())
                    .pull(pull(config.pull()))
                    .provider(gpio.inputProviderId())
                    .build());
            filter.initial(button.id(), isActive(input.state()));
            DigitalStateChangeListener listener = event -> {
                if (filter.level(button.id(), isActive(event.state()))) {
                    listeners.fire(button.id());
                }
            };
            input.addListener(listener);
            stateListeners.add(listener);
            inputs.add(input);
        }
    }

    @Override
    public void onPress(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void lockout() {
        filter.startLockout();
    }

    /** The Pi4J input of a button, e.g. for a test to set its level on the mock platform. */
    public DigitalInput input(String buttonId) {
        return inputs.stream().filter(i -> i.id().equals("button-" + buttonId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no button " + buttonId));
    }

    @Override
    public void close() {
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).removeListener(stateListeners.get(i));
            pi4j.shutdown(inputs.get(i).id());
        }
        stateListeners.clear();
        inputs.clear();
    }

    private boolean isActive(DigitalState state) {
        return config.activeLow() ? state == DigitalState.LOW : state == DigitalState.HIGH;
    }

    private static PullResistance pull(ButtonPanelConfig.Pull pull) {
        return switch (pull) {
            case UP -> PullResistance.PULL_UP;
            case DOWN -> PullResistance.PULL_DOWN;
            case NONE -> PullResistance.OFF;
        };
    }
}
