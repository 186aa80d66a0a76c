package vn.motcua.queue.backend.device;

/** Who asks for a ticket: a device (its bearer token) or a staff member; keys of different callers never collide. */
public record Caller(Kind kind, String name, Long deviceId) {

    public enum Kind { DEVICE, STAFF }

    /** The scope of an Idempotency-Key. */
    public String idempotencyScope() {
        return name;
    }
}
