package vn.motcua.queue.backend.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.motcua.queue.backend.admin.AdminRequests.CenterRequest;
import vn.motcua.queue.backend.admin.AdminRequests.CounterRequest;
import vn.motcua.queue.backend.admin.AdminRequests.DeviceRequest;
import vn.motcua.queue.backend.admin.AdminRequests.ServiceRequest;
import vn.motcua.queue.backend.admin.AdminViews.CenterAdminView;
import vn.motcua.queue.backend.admin.AdminViews.CounterAdminView;
import vn.motcua.queue.backend.admin.AdminViews.DeviceAdminView;
import vn.motcua.queue.backend.admin.AdminViews.DeviceRegistered;
import vn.motcua.queue.backend.admin.AdminViews.ServiceAdminView;
import vn.motcua.queue.backend.admin.CenterAdmin;
import vn.motcua.queue.backend.admin.CounterAdmin;
import vn.motcua.queue.backend.admin.DeviceAdmin;
import vn.motcua.queue.backend.admin.ServiceAdmin;
import vn.motcua.queue.backend.security.Roles;

/** Configuration of centers, services, counters (work profiles) and devices (admin). */
@Path("/api/admin/centers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private final CenterAdmin centers;
    private final ServiceAdmin services;
    private final CounterAdmin counters;
    private final DeviceAdmin devices;

    public AdminResource(CenterAdmin centers, ServiceAdmin services, CounterAdmin counters, DeviceAdmin devices) {
        this.centers = centers;
        this.services = services;
        this.counters = counters;
        this.devices = devices;
    }

    @GET
    @Operation(summary = "All centers with their configuration")
    public List<CenterAdminView> centers() {
        return centers.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a center")
    public Response createCenter(CenterRequest body) {
        return Response.status(201).entity(centers.create(body)).build();
    }

    @GET
    @Path("/{center}")
    public CenterAdminView center(@PathParam("center") String center) {
        return centers.get(center);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{center}")
    @Operation(summary = "Change a center; fields left out keep their value")
    public CenterAdminView updateCenter(@PathParam("center") String center, CenterRequest body) {
        return centers.update(center, body);
    }

    @DELETE
    @Path("/{center}")
    @Operation(summary = "Remove a center that has no tickets")
    public Response deleteCenter(@PathParam("center") String center) {
        centers.delete(center);
        return Response.noContent().build();
    }

    @GET
    @Path("/{center}/services")
    public List<ServiceAdminView> services(@PathParam("center") String center) {
        return services.list(center);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{center}/services")
    @Operation(summary = "Create a service")
    public Response createService(@PathParam("center") String center, ServiceRequest body) {
        return Response.status(201).entity(services.create(center, body)).build();
    }

    @PUT
    @Path("/{center}/services/{service}")
    @Operation(summary = "Change a service; fields left out keep their value")
    public ServiceAdminView updateService(@PathParam("center") String center, @PathParam("service") String service,
                                          ServiceRequest body) {
        return services.update(center, service, body);
    }

    @DELETE
    @Path("/{center}/services/{service}")
    @Operation(summary = "Remove a service that has no tickets")
    public Response deleteService(@PathParam("center") String center, @PathParam("service") String service) {
        services.delete(center, service);
        return Response.noContent().build();
    }

    @GET
    @Path("/{center}/counters")
    public List<CounterAdminView> counters(@PathParam("center") String center) {
        return counters.list(center);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{center}/counters")
    @Operation(summary = "Create a counter with its work profile")
    public Response createCounter(@PathParam("center") String center, CounterRequest body) {
        return Response.status(201).entity(counters.create(center, body)).build();
    }

    @PUT
    @Path("/{center}/counters/{number}")
    @Operation(summary = "Rename a counter or replace its work profile")
    public CounterAdminView updateCounter(@PathParam("center") String center, @PathParam("number") int number,
                                          CounterRequest body) {
        return counters.update(center, number, body);
    }

    @DELETE
    @Path("/{center}/counters/{number}")
    @Operation(summary = "Remove a counter that never served a ticket")
    public Response deleteCounter(@PathParam("center") String center, @PathParam("number") int number) {
        counters.delete(center, number);
        return Response.noContent().build();
    }

    @GET
    @Path("/{center}/devices")
    public List<DeviceAdminView> devices(@PathParam("center") String center) {
        return devices.list(center);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{center}/devices")
    @Operation(summary = "Register a kiosk or display; the token in the answer is shown only this once")
    public Response registerDevice(@PathParam("center") String center, DeviceRequest body) {
        DeviceRegistered registered = devices.register(center, body);
        return Response.status(201).entity(registered).build();
    }

    @POST
    @Path("/{center}/devices/{code}/revoke")
    @Operation(summary = "Revoke a device token at once")
    public DeviceAdminView revokeDevice(@PathParam("center") String center, @PathParam("code") String code) {
        return devices.revoke(center, code);
    }
}
