package vn.motcua.queue.backend.admin;

import java.time.Instant;
import java.util.List;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.core.calling.PolicyKind;

/** Full views of configuration for administrators. */
public final class AdminViews {

    private AdminViews() {
    }

    public record CenterAdminView(String code, String name, String address, String timeZone, String opensAt,
                                  String closesAt, String openDays, PolicyKind callingPolicy, double deadlineCap,
                                  int rejoinMinutes) {
    }

    public record ServiceAdminView(String code, String name, String prefix, int targetWaitMinutes,
                                   double defaultServiceMinutes, double meanServiceMinutes, String priorityMode,
                                   boolean open, int startNumber, int sortOrder) {
    }

    public record ProfileEntryView(String service, double weight) {
    }

    public record CounterAdminView(int number, String name, CounterStatus status, List<ProfileEntryView> services,
                                   String spokenName) {
    }

    public record DeviceAdminView(String code, String kind, String name, boolean revoked, String status,
                                  String details, Instant lastHeartbeatAt) {
    }

    /** Returned once when a device is registered: the token is never shown again. */
    public record DeviceRegistered(String code, String kind, String name, String token) {
    }
}
