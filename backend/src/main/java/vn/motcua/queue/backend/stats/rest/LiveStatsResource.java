package vn.motcua.queue.backend.stats.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.stats.LiveStats;
import vn.motcua.queue.backend.stats.LiveStatsView;

/** The supervisor's live view of a center (supervisor, admin). */
@Path("/api/centers/{center}/stats/live")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class LiveStatsResource {

    private final LiveStats live;

    public LiveStatsResource(LiveStats live) {
        this.live = live;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Today's waits against the target per service, counters, devices and alerts of a center")
    public LiveStatsView live(@PathParam("center") String center) {
        return live.of(center);
    }
}
