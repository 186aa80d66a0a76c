package vn.motcua.queue.backend.admin;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.queue.core.calling.PolicyKind;

/** Bodies of the admin endpoints; missing optional fields keep their defaults (on create) or values (on update). */
public final class AdminRequests {

    private AdminRequests() {
    }

    @Schema(example = "{\"code\":\"HCC-HN\",\"name\":\"Trung tâm Phục vụ hành chính công\",\"timeZone\":"
            + "\"Asia/Ho_Chi_Minh\",\"opensAt\":\"07:30\",\"closesAt\":\"17:00\",\"openDays\":\"1,2,3,4,5\"}")
    public record CenterRequest(String code, String name, String address, String timeZone, String opensAt,
                                String closesAt, String openDays, PolicyKind callingPolicy, Double deadlineCap,
                                Integer rejoinMinutes) {
    }

    @Schema(example = "{\"code\":\"DD\",\"name\":\"Đất đai\",\"prefix\":\"A\",\"targetWaitMinutes\":15,"
            + "\"defaultServiceMinutes\":12,\"priorityMode\":\"STRICT\",\"open\":true}")
    public record ServiceRequest(String code, String name, String prefix, Integer targetWaitMinutes,
                                 Double defaultServiceMinutes, String priorityMode, Boolean open, Integer startNumber,
                                 Integer sortOrder) {
    }

    public record ProfileEntryRequest(String service, Double weight) {
    }

    @Schema(example = "{\"number\":5,\"name\":\"Quầy số 5\",\"services\":[{\"service\":\"DD\",\"weight\":1.0}],"
            + "\"spokenName\":\"quầy số năm\"}")
    public record CounterRequest(Integer number, String name, List<ProfileEntryRequest> services, String spokenName) {
    }

    public record DeviceRequest(String code, String kind, String name) {
    }
}
