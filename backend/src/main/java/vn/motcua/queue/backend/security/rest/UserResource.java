package vn.motcua.queue.backend.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.security.UserAdmin;

/** Staff accounts (admin). */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    private final UserAdmin users;

    public UserResource(UserAdmin users) {
        this.users = users;
    }

    @GET
    public List<UserAdmin.UserView> list() {
        return users.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account (password: at least 10 characters, stored as bcrypt)")
    public Response create(UserAdmin.UserRequest body) {
        return Response.status(201).entity(users.create(body)).build();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change role, centers, password or enabled; fields left out keep their value")
    public UserAdmin.UserView update(@PathParam("username") String username, UserAdmin.UserRequest body) {
        return users.update(username, body);
    }
}
