package vn.motcua.queue.hardware.gpio;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The kiosk's press callbacks; one failing callback must not silence the buttons. */
final class PressListeners {
    private static final System.Logger LOG = System.getLogger(PressListeners.class.getName());
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<String> listener) {
        listeners.add(listener);
    }

    void fire(String buttonId) {
        LOG.log(Level.INFO, "button {0} pressed", buttonId);
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(buttonId);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "press listener failed for button " + buttonId, e);
            }
        }
    }
}
