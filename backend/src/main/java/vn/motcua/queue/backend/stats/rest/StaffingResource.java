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
import vn.motcua.queue.backend.stats.StaffingPlanner;
import vn.motcua.queue.backend.stats.StaffingView;

/** Staffing advice from the history and Erlang C (supervisor, admin). */
@Path("/api/centers/{center}/stats/staffing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StaffingResource {

    private final StaffingPlanner planner;

    public StaffingResource(StaffingPlanner planner) {
        this.planner = planner;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Forecast arrivals per service and hour for a day (date=YYYY-MM-DD, default tomorrow) from "
            + "the same weekday of the last 8 weeks, and the counters needed to call 90% within target (Erlang C)")
    public StaffingView staffing(@PathParam("center") String center, @QueryParam("date") String date) {
        return planner.plan(center, date);
    }
}
