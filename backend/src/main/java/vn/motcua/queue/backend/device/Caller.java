package vn.motcua.queue.backend.device;

/**
 * Who sent a request: a device (by its bearer token), a staff member, or nobody known.
 * Staff identity arrives with the security work; until then staff calls are "anonymous".
 */
public record Caller(Kind kind, String name, Long deviceId, Long centerId) {

    public enum Kind { DEVICE, STAFF, ANONYMOUS }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, "anonymous", null, null);

    public static Caller device(Device device) {
        return new Caller(Kind.DEVICE, "device:" + device.code, device.id, device.centerId);
    }

    /** The scope of an Idempotency-Key: keys of different callers never collide. */
    public String idempotencyScope() {
        return name;
    }
}
