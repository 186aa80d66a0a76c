package vn.motcua.queue.core.ticket;

/** Where a ticket was taken. */
public enum Channel {
    KIOSK,
    COUNTER,
    ONLINE
}
