package vn.motcua.queue.backend.security;

/** Role names: staff roles from the accounts, device roles from the device tokens. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String CLERK = "CLERK";
    public static final String KIOSK = "KIOSK";
    public static final String DISPLAY = "DISPLAY";

    /** Everyone who works at a center. */
    public static final String[] STAFF = {ADMIN, SUPERVISOR, CLERK};

    /** Identity attributes. */
    public static final String ATTR_CENTERS = "motcua.centers";
    public static final String ATTR_DEVICE_ID = "motcua.deviceId";
    public static final String ATTR_DEVICE_CENTER = "motcua.deviceCenter";
    public static final String ATTR_CSRF = "motcua.csrf";

    private Roles() {
    }

    public static boolean isStaffRole(String role) {
        return ADMIN.equals(role) || SUPERVISOR.equals(role) || CLERK.equals(role);
    }
}
