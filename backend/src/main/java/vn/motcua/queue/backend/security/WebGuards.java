package vn.motcua.queue.backend.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.queue.backend.common.Problem;

/**
 * Headers and checks on every HTTP request: security headers (a CSP that allows only our own origin, no
 * framing), CSRF (a request that carries the session cookie and changes something must echo the session's
 * CSRF token in {@code X-CSRF-Token}; Basic and Bearer callers carry no ambient credentials and are exempt),
 * and the per-address limit on public endpoints.
 */
@ApplicationScoped
public class WebGuards {

    @Inject
    RateLimits limits;
    @Inject
    Sessions sessions;

    void install(@Observes Router router) {
        router.route().order(-90).handler(rc -> {
            var h = rc.response().headers();
            h.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "connect-src 'self' ws: wss:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'");
            h.set("X-Content-Type-Options", "nosniff");
            h.set("X-Frame-Options", "DENY");
            h.set("Referrer-Policy", "no-referrer");
            String path = rc.normalizedPath();
            if (isPublic(rc.request().method(), path)) {
                String address = rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().host();
                long retry = limits.publicRequest(address);
                if (retry > 0) {
                    refuse(rc, 429, "Too many requests", "Too many requests from " + address + "; retry in "
                            + retry + " s", retry);
                    return;
                }
            }
            rc.next();
        });
        // decided on the event loop: only a change sent with the session cookie needs its session read (a blocking
        // lookup, which authentication then reuses); a kiosk's or a Basic caller's request goes on without leaving
        // the event loop
        router.route().order(-80).handler(rc -> {
            HttpMethod m = rc.request().method();
            boolean changes = m != HttpMethod.GET && m != HttpMethod.HEAD && m != HttpMethod.OPTIONS;
            var cookie = rc.request().getCookie(TokenMechanism.SESSION_COOKIE);
            boolean cookieAuth = cookie != null && rc.request().getHeader("Authorization") == null;
            if (!changes || !cookieAuth || rc.normalizedPath().equals("/api/session")) {
                rc.next();
                return;
            }
            String sent = rc.request().getHeader("X-CSRF-Token");
            rc.vertx().executeBlocking(() -> sessions.find(cookie.getValue()), false).onComplete(found -> {
                if (found.failed()) {
                    rc.fail(found.cause());
                    return;
                }
                rc.put(Sessions.LOOKUP, new Sessions.Lookup(cookie.getValue(), found.result()));
                if (found.result().isPresent()
                        && (sent == null || !sent.equals(found.result().get().csrfToken()))) {
                    refuse(rc, 403, "Forbidden", "Missing or wrong X-CSRF-Token header for this session", 0);
                } else {
                    rc.next();
                }
            });
        });
    }

    static boolean isPublic(HttpMethod method, String path) {
        if (method != HttpMethod.GET) {
            return false;
        }
        return path.equals("/api/centers") || path.matches("/api/centers/[^/]+/services")
                || path.startsWith("/api/tickets/") || path.startsWith("/ws/");
    }

    private static void refuse(io.vertx.ext.web.RoutingContext rc, int status, String title, String detail, long retry) {
        var response = rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (retry > 0) {
            response.putHeader("Retry-After", Long.toString(retry));
        }
        response.end(Json.encode(new Problem("about:blank", title, status, detail)));
    }
}
