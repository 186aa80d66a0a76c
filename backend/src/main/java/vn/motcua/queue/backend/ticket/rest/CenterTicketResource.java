package vn.motcua.queue.backend.ticket.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.ticket.IssueRequest;
import vn.motcua.queue.backend.ticket.TicketIssuer;
import vn.motcua.queue.backend.ticket.TicketQueries;
import vn.motcua.queue.backend.ticket.TicketView;
import vn.motcua.queue.backend.ticket.TicketViews;

/** Issuing and listing the tickets of a center. */
@Path("/api/centers/{center}/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class CenterTicketResource {

    private final TicketIssuer issuer;
    private final TicketViews views;
    private final TicketQueries queries;

    public CenterTicketResource(TicketIssuer issuer, TicketViews views, TicketQueries queries) {
        this.issuer = issuer;
        this.views = views;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.KIOSK, Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a ticket (kiosk device or staff)")
    @APIResponse(responseCode = "201", description = "issued",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "200", description = "a repeat of an earlier request with the same Idempotency-Key: "
            + "the first ticket, nothing new issued")
    @APIResponse(responseCode = "409", description = "the service or the center is not open now")
    @APIResponse(responseCode = "503", description = "the center was busy longer than motcua.db.lock-timeout-ms; "
            + "nothing issued, retry after Retry-After seconds with the same Idempotency-Key")
    public Response issue(@PathParam("center") String center,
                          @Parameter(description = "repeat-safe key, e.g. a UUID per button press; kept 24 h",
                                  schema = @Schema(type = SchemaType.STRING))
                          @HeaderParam("Idempotency-Key") String idempotencyKey,
                          IssueRequest request) {
        TicketIssuer.Issued issued = issuer.issue(center, request, idempotencyKey);
        return Response.status(issued.created() ? 201 : 200).entity(views.of(issued)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Operation(summary = "Tickets of a center, filtered by status, service and center-local date; phone numbers "
            + "masked (staff)")
    public List<TicketView> list(@PathParam("center") String center,
                                 @QueryParam("status") String status,
                                 @QueryParam("service") String service,
                                 @Parameter(description = "YYYY-MM-DD, default today (center-local)")
                                 @QueryParam("date") String date) {
        return views.listForStaff(queries.list(center, status, service, date));
    }
}
