package vn.motcua.queue.backend.stats.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.stats.HeatmapQueries;
import vn.motcua.queue.backend.stats.HeatmapView;

/** Heatmaps of waits and arrivals by service or weekday and hour (supervisor, admin). */
@Path("/api/centers/{center}/stats/heatmap")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class HeatmapResource {

    private final HeatmapQueries heatmaps;

    public HeatmapResource(HeatmapQueries heatmaps) {
        this.heatmaps = heatmaps;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Heatmap by service or weekday (rows=service|weekday) and hour of issue of avg_wait, "
            + "p90_wait, within_target or arrivals, over the days from..to (YYYY-MM-DD, default the last 28 days)")
    public HeatmapView heatmap(@PathParam("center") String center, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("rows") String rows,
                               @QueryParam("metric") String metric) {
        return heatmaps.heatmap(center, from, to, rows, metric);
    }
}
