package vn.motcua.queue.backend.device.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.device.Caller;
import vn.motcua.queue.backend.device.DeviceAuth;
import vn.motcua.queue.backend.device.DeviceHealth;

/** Kiosks and displays report their health. */
@Path("/api/devices")
@Tag(name = "Devices")
public class DeviceResource {

    /** Body of a heartbeat, e.g. {"status":"WARNING","details":{"printer":"PAPER_NEAR_END"}}. */
    public record Heartbeat(DeviceHealth.Status status, Map<String, Object> details) {
    }

    private final DeviceAuth auth;
    private final DeviceHealth health;

    public DeviceResource(DeviceAuth auth, DeviceHealth health) {
        this.auth = auth;
        this.health = health;
    }

    @POST
    @Path("/heartbeat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Device heartbeat with its status (device token)")
    public Response heartbeat(@HeaderParam("Authorization") String authorization, Heartbeat body) {
        Caller device = auth.requireDevice(authorization);
        if (body == null || body.status() == null) {
            throw ProblemException.badRequest("Field 'status' (OK, WARNING or ERROR) is required");
        }
        health.record(device.deviceId(), body.status(), body.details() == null ? Map.of() : body.details());
        return Response.noContent().build();
    }
}
