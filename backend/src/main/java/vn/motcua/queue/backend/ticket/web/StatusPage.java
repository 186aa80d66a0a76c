package vn.motcua.queue.backend.ticket.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /t/{id}}: the public status page that the QR code on a paper ticket opens (Vietnamese first). */
@Path("/t/{id}")
@PermitAll
public class StatusPage {

    private static final String PAGE = load();

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String page(@PathParam("id") String id) {
        return PAGE; // the page reads the id from its own URL and asks /api/tickets/{id}
    }

    private static String load() {
        try (InputStream in = StatusPage.class.getResourceAsStream("/META-INF/resources/status/status.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
