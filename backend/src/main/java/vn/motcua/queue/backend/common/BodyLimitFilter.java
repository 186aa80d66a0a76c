package vn.motcua.queue.backend.common;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses bodies over 64 KiB with problem+json before anything reads them. */
@ApplicationScoped
public class BodyLimitFilter {

    static final long MAX_BODY = 64 * 1024;

    void install(@Observes Router router) {
        router.route().order(-100).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                rc.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(new Problem("about:blank", "Payload too large", 413,
                                "Body of " + length.trim() + " bytes is over the 64 KiB limit")));
                return;
            }
            rc.next();
        });
    }

    private static boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BODY;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a broken header itself
        }
    }
}
