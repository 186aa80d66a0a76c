package vn.motcua.queue.backend.device.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.device.DeviceHealth;
import vn.motcua.queue.backend.security.Access;
import vn.motcua.queue.backend.security.Roles;

/** Kiosks and displays report their health. */
@Path("/api/devices")
@Tag(name = "Devices")
public class DeviceResource {

    /** Body of a heartbeat, e.g. {"status":"WARNING","details":{"printer":"PAPER_NEAR_END"}}. */
    public record Heartbeat(DeviceHealth.Status status, Map<String, Object> details) {
    }

    private final Access access;
    private final DeviceHealth health;

    public DeviceResource(Access access, DeviceHealth health) {
        this.access = access;
        this.health = health;
    }

    @POST
    @RolesAllowed({Roles.KIOSK, Roles.DISPLAY})
    @Path("/heartbeat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Device heartbeat with its status (device token)")
    public Response heartbeat(Heartbeat body) {
        if (body == null || body.status() == null) {
            throw ProblemException.badRequest("Field 'status' (OK, WARNING or ERROR) is required");
        }
        health.record(access.deviceId(), body.status(), body.details() == null ? Map.of() : body.details());
        return Response.noContent().build();
    }
}
