package vn.motcua.queue.backend.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.audit.AuditQueries;
import vn.motcua.queue.backend.security.Roles;

/** The audit log of a center (supervisor, admin). */
@Path("/api/centers/{center}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private final AuditQueries audit;

    public AuditResource(AuditQueries audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Audit entries of a center, newest first, filtered by date range (YYYY-MM-DD), actor and action")
    public List<AuditQueries.AuditView> list(@PathParam("center") String center, @QueryParam("from") String from,
                                             @QueryParam("to") String to, @QueryParam("actor") String actor,
                                             @QueryParam("action") String action, @QueryParam("limit") Integer limit) {
        return audit.list(center, from, to, actor, action, limit);
    }
}
