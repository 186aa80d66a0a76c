package vn.motcua.queue.backend.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.queue.core.ticket.IllegalTransitionException;

/** Maps every refusal to application/problem+json, once, with a detail a person can act on. */
public class ProblemMappers {

    /**
     * SQLStates of a change that gave up waiting for a row another change held: H2's lock timeout, a deadlock or
     * serialization failure (both databases), PostgreSQL's deadlock and its {@code lock_timeout}. The change was
     * rolled back whole; the same request a moment later goes through.
     */
    private static final Set<String> LOCK_GIVEN_UP = Set.of("HYT00", "40001", "40P01", "55P03");

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders request) {
        Response r = Problem.response(e.status(), e.title(), e.getMessage());
        if (e.retryAfterSeconds() > 0) {
            r.getHeaders().putSingle("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return e.status() == 401 ? challenge(r, request) : r;
    }

    /**
     * A 401 invites HTTP Basic for scripts. A browser answers that header, on a page's own request, with its
     * native login box; the staff pages send {@code X-Requested-With} and show their own sign-in form, so they
     * do not get it.
     */
    private static Response challenge(Response r, HttpHeaders request) {
        if (request == null || request.getHeaderString("X-Requested-With") == null) {
            r.getHeaders().putSingle("WWW-Authenticate", "Basic realm=\"MotCua\"");
        }
        return r;
    }

    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class,
            io.quarkus.security.AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders request) {
        Response r = Problem.response(401, "Unauthorized", e instanceof io.quarkus.security.AuthenticationFailedException
                && e.getMessage() != null ? "Sign-in failed: " + e.getMessage()
                : "Sign in first: HTTP Basic, the session cookie, or a device token (Authorization: Bearer ...)");
        return challenge(r, request);
    }

    @ServerExceptionMapper(io.quarkus.security.ForbiddenException.class)
    public Response forbidden(RuntimeException e) {
        return Problem.response(403, "Forbidden", "Your role may not do this");
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return Problem.response(409, "Conflict", e.getMessage());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e) {
        io.quarkus.logging.Log.warnf("concurrent change refused with 409: %s", e.getMessage());
        return Problem.response(409, "Conflict",
                "Someone else changed this at the same moment; reload and try again");
    }

    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return Problem.response(400, "Bad request", describe(e));
    }

    @ServerExceptionMapper
    public Response parse(com.fasterxml.jackson.core.JsonParseException e) {
        return Problem.response(400, "Bad request", describe(e));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.response(400, "Bad request", describe(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return Problem.response(400, "Bad request", describe(json));
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "Cannot produce the requested media type";
            case 413 -> "Body over 64 KiB";
            case 415 -> "Send the body as application/json";
            default -> e.getMessage() == null ? title : e.getMessage();
        };
        return Problem.response(status, title, detail);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpHeaders request) {
        if (e instanceof WebApplicationException w) {
            return web(w);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleObjectStateException) {
                return concurrentChange(e);
            }
            if (t instanceof ProblemException p) {
                return problem(p, request);
            }
            if (t instanceof SQLException sql && LOCK_GIVEN_UP.contains(String.valueOf(sql.getSQLState()))) {
                return busy(sql);
            }
        }
        Log.error("Unexpected error", e);
        return Problem.response(500, "Internal error", "The server failed; the change was not made. Try again.");
    }

    /** 503 with Retry-After: the kiosk agent retries 5xx with the same Idempotency-Key, a clerk's screen says it. */
    private static Response busy(SQLException e) {
        Log.warnf("a change waited too long for a lock and was rolled back (SQLState %s): %s", e.getSQLState(),
                e.getMessage());
        Response r = Problem.response(503, "Service Unavailable",
                "The queue is busy with another change; nothing was changed. Try again in a moment.");
        r.getHeaders().putSingle("Retry-After", "1");
        return r;
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
                return "Field '" + field + "' has an invalid value '" + f.getValue() + "'; allowed: " + allowed;
            }
            return "Field '" + field + "' has an invalid value";
        }
        return "Malformed JSON body";
    }
}
