package vn.motcua.queue.backend.center.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.center.CenterQueries;
import vn.motcua.queue.backend.center.CounterControl;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.backend.center.rest.CenterViews.CenterView;
import vn.motcua.queue.backend.center.rest.CenterViews.CounterView;
import vn.motcua.queue.backend.center.rest.CenterViews.ServiceView;
import vn.motcua.queue.backend.common.Actor;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.ticket.CallNext;
import vn.motcua.queue.backend.ticket.TicketViews;

/** Centers, their services and counters; a counter's open/pause/close and call next. */
@Path("/api/centers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Centers")
public class CenterResource {

    private final CenterQueries queries;
    private final CounterControl counters;
    private final CallNext callNext;
    private final TicketViews views;
    private final Actor actor;

    public CenterResource(CenterQueries queries, CounterControl counters, CallNext callNext, TicketViews views,
                          Actor actor) {
        this.queries = queries;
        this.counters = counters;
        this.callNext = callNext;
        this.views = views;
        this.actor = actor;
    }

    @GET
    @PermitAll
    @Operation(summary = "All centers (public)")
    public List<CenterView> centers() {
        return queries.centers();
    }

    @GET
    @PermitAll
    @Path("/{center}/services")
    @Operation(summary = "Services of a center with waiting count and estimated wait for a new ticket (public)")
    public List<ServiceView> services(@PathParam("center") String center) {
        return queries.services(center);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/{center}/counters")
    @Operation(summary = "Counters with status, work profile, clerk and current ticket (staff)")
    public List<CounterView> counters(@PathParam("center") String center) {
        return queries.countersFor(center);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/{center}/counters/{number}/open")
    @Operation(summary = "Open a counter; for a clerk this signs them in to it (staff)")
    public Response open(@PathParam("center") String center, @PathParam("number") int number) {
        return status(center, number, CounterStatus.OPEN);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/{center}/counters/{number}/pause")
    @Operation(summary = "Pause a counter; its current citizen can still be served (staff)")
    public Response pause(@PathParam("center") String center, @PathParam("number") int number) {
        return status(center, number, CounterStatus.PAUSED);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/{center}/counters/{number}/close")
    @Operation(summary = "Close a counter; refused while a ticket is at it (staff)")
    public Response close(@PathParam("center") String center, @PathParam("number") int number) {
        return status(center, number, CounterStatus.CLOSED);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/{center}/counters/{number}/next")
    @Operation(summary = "Call the next ticket for this counter by the center's calling policy: 200 CALLED, "
            + "204 when nothing waits for its services (clerk of that counter, supervisor)")
    public Response next(@PathParam("center") String center, @PathParam("number") int number) {
        return callNext.next(center, number, actor.name())
                .map(t -> Response.ok(views.of(t)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    private Response status(String center, int number, CounterStatus status) {
        counters.setStatus(center, number, status, actor.name());
        return Response.ok(queries.counters(center).stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow()).build();
    }
}
