package vn.motcua.queue.backend.clerk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.clerk.ClerkConsole;
import vn.motcua.queue.backend.clerk.ConsoleView.MyCenter;
import vn.motcua.queue.backend.security.Roles;

/** The centers the signed-in staff member works for (the session answers their ids; the console needs codes). */
@Path("/api/clerk/centers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clerk console")
public class ClerkCentersResource {

    private final ClerkConsole console;

    public ClerkCentersResource(ClerkConsole console) {
        this.console = console;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CLERK})
    @Operation(summary = "The caller's centers, by code (all centers for an admin) (staff)")
    public List<MyCenter> mine() {
        return console.myCenters();
    }
}
