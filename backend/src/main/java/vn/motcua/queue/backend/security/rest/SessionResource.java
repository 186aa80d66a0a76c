package vn.motcua.queue.backend.security.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.security.LoginThrottle;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.security.Sessions;
import vn.motcua.queue.backend.security.StaffIdentities;
import vn.motcua.queue.backend.security.StaffUser;
import vn.motcua.queue.backend.security.TokenMechanism;

/**
 * Sign-in for the web UIs: a session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) plus a CSRF token
 * that every state-changing request with that cookie must echo in {@code X-CSRF-Token}.
 */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
@PermitAll
public class SessionResource {

    /** Body of a sign-in. */
    public record Credentials(String username, String password) {
    }

    /** Who is signed in. */
    public record Me(String username, String role, String fullName, Set<Long> centers, String csrfToken,
                     Instant expiresAt) {
    }

    private final StaffIdentities identities;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final SecurityIdentity identity;

    public SessionResource(StaffIdentities identities, Sessions sessions, LoginThrottle throttle,
                           SecurityIdentity identity) {
        this.identities = identities;
        this.sessions = sessions;
        this.throttle = throttle;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in (web UIs): sets the session cookie; answers the CSRF token")
    public Response signIn(Credentials body, @Context HttpServerRequest request) throws InterruptedException {
        if (body == null || body.username() == null || body.password() == null) {
            throw ProblemException.badRequest("Fields 'username' and 'password' are required");
        }
        Duration wait = throttle.delayFor(body.username());
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis()); // a worker thread: slows guessing, not the event loop
        }
        var checked = identities.check(body.username(), body.password().toCharArray(), "form");
        if (checked.isEmpty()) {
            throttle.failed(body.username());
            throw ProblemException.unauthorized("Wrong user name or password");
        }
        throttle.succeeded(body.username());
        StaffUser user = StaffUser.byUsername(body.username()).orElseThrow();
        Sessions.Opened opened = sessions.open(user.id);
        boolean secure = isHttps(request);
        NewCookie session = new NewCookie.Builder(TokenMechanism.SESSION_COOKIE).value(opened.token()).path("/")
                .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(new Me(user.username, user.role, user.fullName, checked.get().getAttribute(Roles.ATTR_CENTERS),
                opened.csrfToken(), opened.expiresAt())).cookie(session).build();
    }

    @GET
    @Operation(summary = "The signed-in user and the CSRF token of the session")
    public Me me() {
        if (identity.isAnonymous()) {
            throw ProblemException.unauthorized("Not signed in");
        }
        String role = identity.getRoles().isEmpty() ? null : identity.getRoles().iterator().next();
        return new Me(identity.getPrincipal().getName(), role, null, identity.getAttribute(Roles.ATTR_CENTERS),
                identity.getAttribute(Roles.ATTR_CSRF), null);
    }

    @DELETE
    @Operation(summary = "Sign out: ends the session on every instance")
    public Response signOut(@CookieParam(TokenMechanism.SESSION_COOKIE) String token) {
        if (token != null) {
            sessions.close(token);
        }
        NewCookie gone = new NewCookie.Builder(TokenMechanism.SESSION_COOKIE).value("").path("/").maxAge(0)
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.noContent().cookie(gone).build();
    }

    private static boolean isHttps(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSSL() || "https".equalsIgnoreCase(forwarded);
    }
}
