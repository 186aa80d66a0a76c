package vn.motcua.queue.backend.clerk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.clerk.ClerkActions;
import vn.motcua.queue.backend.clerk.ClerkConsole;
import vn.motcua.queue.backend.clerk.ConsoleView;
import vn.motcua.queue.backend.clerk.ConsoleView.FinishAndNext;
import vn.motcua.queue.backend.common.Actor;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.ticket.TicketView;
import vn.motcua.queue.backend.ticket.TicketViews;

/** What the clerk console (/clerk/) needs beyond the ticket API: its read model and two counter actions. */
@Path("/api/centers/{center}/counters/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clerk console")
public class ClerkConsoleResource {

    /** Body of finish-and-next: the ticket the clerk sees at the counter (optional, recommended). */
    public record FinishAndNextRequest(String ticket) {
    }

    private final ClerkConsole console;
    private final ClerkActions actions;
    private final TicketViews views;
    private final Actor actor;

    public ClerkConsoleResource(ClerkConsole console, ClerkActions actions, TicketViews views, Actor actor) {
        this.console = console;
        this.actions = actions;
        this.views = views;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/console")
    @Operation(summary = "The clerk console of a counter: status, the ticket at it with its wait and step times, "
            + "waiting count and longest wait against the target per service it serves, its day so far (staff)")
    public ConsoleView console(@PathParam("center") String center, @PathParam("number") int number) {
        return console.of(center, number);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/finish-and-next")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish the ticket being served at the counter and call the next, in one transaction: "
            + "'called' is null when nobody waits; 409 when 'ticket' is no longer at the counter "
            + "(clerk of that counter, supervisor)")
    public FinishAndNext finishAndNext(@PathParam("center") String center, @PathParam("number") int number,
                                       FinishAndNextRequest body) {
        ClerkActions.Finished done = actions.finishAndNext(center, number, body == null ? null : body.ticket(),
                actor.name());
        TicketView finished = views.of(done.finished());
        TicketView called = done.called().map(views::of).orElse(null);
        String message = called == null
                ? "Finished " + finished.number() + "; nobody is waiting for this counter's services"
                : "Finished " + finished.number() + "; called " + called.number();
        return new FinishAndNext(finished, called, message);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/call/{id}")
    @Operation(summary = "Call one waiting ticket to this counter out of its turn; audited (supervisor, admin)")
    public TicketView callOutOfOrder(@PathParam("center") String center, @PathParam("number") int number,
                                     @PathParam("id") String id) {
        return views.of(actions.callOutOfOrder(center, number, id, actor.name()));
    }
}
