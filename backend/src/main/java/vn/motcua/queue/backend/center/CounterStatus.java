package vn.motcua.queue.backend.center;

/** Whether a counter (quầy) is taking citizens. */
public enum CounterStatus {
    OPEN,
    PAUSED,
    CLOSED
}
