package vn.motcua.queue.backend.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.common.TimeSource;

/** Keeps each device's last heartbeat: status and details (e.g. the printer's paper state). */
@ApplicationScoped
public class DeviceHealth {

    public enum Status { OK, WARNING, ERROR }

    private static final int MAX_DETAILS = 4000;

    @Inject
    TimeSource time;
    @Inject
    ObjectMapper json;

    @Transactional
    public void record(Long deviceId, Status status, Map<String, Object> details) {
        String text;
        try {
            text = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("Field 'details' cannot be stored: " + e.getOriginalMessage());
        }
        if (text.length() > MAX_DETAILS) {
            throw ProblemException.badRequest("Field 'details' is longer than " + MAX_DETAILS + " characters");
        }
        Device device = Device.findById(deviceId);
        if (!status.name().equals(device.status)) {
            Log.infof("device=%s status %s->%s %s", device.code, device.status, status, text);
        }
        // heartbeats of one device may cross: the last one wins, no version check (and no 409 for a kiosk)
        Device.update("status = ?1, details = ?2, lastHeartbeatAt = ?3 where id = ?4", status.name(), text,
                time.now(), deviceId);
    }
}
