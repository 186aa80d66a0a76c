package vn.motcua.queue.hardware.link;

import java.io.IOException;

/** A link failed; {@link #isDisconnected()} tells a missing device from a stalled one. */
public class LinkException extends IOException {
    private final boolean disconnected;

    public LinkException(String message, boolean disconnected) {
        super(message);
        this.disconnected = disconnected;
    }

    public LinkException(String message, boolean disconnected, Throwable cause) {
        super(message, cause);
        this.disconnected = disconnected;
    }

    public boolean isDisconnected() {
        return disconnected;
    }
}
