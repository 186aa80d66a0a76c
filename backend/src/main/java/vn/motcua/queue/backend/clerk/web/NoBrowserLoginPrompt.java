package vn.motcua.queue.backend.clerk.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A 401 carries {@code WWW-Authenticate: Basic} for scripts; a browser answers that header on a page's own
 * request with its native login box. The staff pages send {@code X-Requested-With} and show their own sign-in
 * form, so for them the header is left out (the convention of most web frameworks).
 */
@ApplicationScoped
public class NoBrowserLoginPrompt {

    void install(@Observes Router router) {
        router.route().order(-70).handler(rc -> {
            if (rc.request().getHeader("X-Requested-With") != null) {
                rc.addHeadersEndHandler(v -> rc.response().headers().remove("WWW-Authenticate"));
            }
            rc.next();
        });
    }
}
