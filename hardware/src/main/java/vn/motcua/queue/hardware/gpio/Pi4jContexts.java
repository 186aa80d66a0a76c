package vn.motcua.queue.hardware.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalInputProvider;
import com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalOutputProvider;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/**
 * A Pi4J context with exactly the providers asked for. Auto-detection is avoided on purpose: it
 * would load every plugin on the classpath, including gpiod's aarch64-only native library on a
 * developer's x86 machine.
 */
public final class Pi4jContexts {

    /** A context plus the provider ids to name when creating inputs and outputs. */
    public record Pi4jGpio(Context context, String inputProviderId, String outputProviderId) implements AutoCloseable {
        @Override
        public void close() {
            context.shutdown();
        }
    }

    private Pi4jContexts() {
    }

    public static Pi4jGpio create(GpioProvider provider) {
        return switch (provider) {
            case GPIOD -> new Pi4jGpio(Pi4J.newContextBuilder()
                    .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance()).build(),
                    GpioDDigitalInputProvider.ID, GpioDDigitalOutputProvider.ID);
            case LINUXFS -> new Pi4jGpio(Pi4J.newContextBuilder()
                    .add(LinuxFsDigitalInputProvider.newInstance(), LinuxFsDigitalOutputProvider.newInstance()).build(),
                    LinuxFsDigitalInputProvider.ID, LinuxFsDigitalOutputProvider.ID);
            case MOCK -> new Pi4jGpio(Pi4J.newContextBuilder().add(new MockPlatform())
                    .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build(),
                    MockDigitalInputProvider.ID, MockDigitalOutputProvider.ID);
            case SIMULATED -> throw new IllegalArgumentException("the simulated provider has no Pi4J context");
        };
    }
}
