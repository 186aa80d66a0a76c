package vn.motcua.queue.backend.ticket.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.common.Actor;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.security.Access;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.ticket.TicketView;
import vn.motcua.queue.backend.ticket.TicketViews;
import vn.motcua.queue.backend.ticket.TicketWorkflow;
import vn.motcua.queue.core.ticket.TicketAction;

/** One ticket by its public id: status (public) and the clerk's actions on it (staff). */
@Path("/api/tickets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketResource {

    /** Body of POST .../transfer. */
    public record TransferRequest(String service) {
    }

    /** Body of POST .../printed. */
    public record PrintedRequest(Boolean ok, String error) {
    }

    private final TicketWorkflow workflow;
    private final TicketViews views;
    private final Access access;
    private final Actor actor;

    public TicketResource(TicketWorkflow workflow, TicketViews views, Access access, Actor actor) {
        this.workflow = workflow;
        this.views = views;
        this.access = access;
        this.actor = actor;
    }

    @GET
    @PermitAll
    @Operation(summary = "A ticket's status, position and estimated wait (public, no personal data)")
    public TicketView get(@PathParam("id") String id) {
        return views.of(workflow.find(parse(id)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/recall")
    @Operation(summary = "Announce a CALLED ticket again (staff)")
    public TicketView recall(@PathParam("id") String id) {
        return act(id, TicketAction.RECALL);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/start")
    @Operation(summary = "The citizen has come to the counter: CALLED -> SERVING (staff)")
    public TicketView start(@PathParam("id") String id) {
        return act(id, TicketAction.START);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/finish")
    @Operation(summary = "Service done: SERVING -> DONE (staff)")
    public TicketView finish(@PathParam("id") String id) {
        return act(id, TicketAction.FINISH);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/no-show")
    @Operation(summary = "The citizen did not come: CALLED -> NO_SHOW (staff)")
    public TicketView noShow(@PathParam("id") String id) {
        return act(id, TicketAction.NO_SHOW);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/rejoin")
    @Operation(summary = "A no-show citizen came back within the center's rejoin minutes: back in line (staff)")
    public TicketView rejoin(@PathParam("id") String id) {
        return act(id, TicketAction.REJOIN);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/cancel")
    @Operation(summary = "Cancel a WAITING ticket (staff)")
    public TicketView cancel(@PathParam("id") String id) {
        return act(id, TicketAction.CANCEL);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a CALLED or SERVING ticket to another service, at the front of its line (staff)")
    public TicketView transfer(@PathParam("id") String id, TransferRequest body) {
        return views.of(workflow.transfer(parse(id), body == null ? null : body.service(), actor.name()));
    }

    @POST
    @RolesAllowed({Roles.KIOSK, Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Path("/printed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The issuing kiosk reports whether the ticket printed")
    public TicketView printed(@PathParam("id") String id, PrintedRequest body) {
        return views.of(workflow.printed(parse(id), body == null ? null : body.ok(), body == null ? null : body.error(),
                access.deviceId(), actor.name()));
    }

    private TicketView act(String id, TicketAction action) {
        return views.of(workflow.act(parse(id), action, actor.name()));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Unknown ticket " + id);
        }
    }
}
