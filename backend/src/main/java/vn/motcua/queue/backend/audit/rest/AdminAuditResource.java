package vn.motcua.queue.backend.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.audit.AuditQueries;
import vn.motcua.queue.backend.security.Roles;

/** The whole audit log, sign-in attempts included (admin). */
@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AdminAuditResource {

    private final AuditQueries audit;

    public AdminAuditResource(AuditQueries audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The whole audit log incl. sign-in attempts (admin), filtered by actor and action")
    public List<AuditQueries.AuditView> all(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                            @QueryParam("limit") Integer limit) {
        return audit.all(actor, action, limit);
    }
}
