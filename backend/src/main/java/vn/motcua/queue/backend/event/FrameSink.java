package vn.motcua.queue.backend.event;

import java.util.concurrent.CompletionStage;

/** Where a subscriber's frames go: a WebSocket connection in production. */
public interface FrameSink {

    /** Sends one text frame; completes when it has left this process (or failed). */
    CompletionStage<Void> send(String text);

    void close(String reason);

    boolean isOpen();
}
