package vn.motcua.queue.kiosk.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.Locale;
import vn.motcua.queue.kiosk.backend.CenterInfo;
import vn.motcua.queue.kiosk.backend.Priority;
import vn.motcua.queue.kiosk.backend.ServiceInfo;
import vn.motcua.queue.kiosk.config.KioskConfig;
import vn.motcua.queue.kiosk.issue.TicketCards;
import vn.motcua.queue.kiosk.issue.TicketIssuer;
import vn.motcua.queue.kiosk.services.ServiceFeed;
import vn.motcua.queue.kiosk.status.KioskStatus;

/**
 * The touch UI's only server: static page from the classpath plus a small JSON API. The browser
 * never talks to the backend and never sees the device token; it listens on loopback by default.
 */
public final class KioskHttpServer {
    private final Vertx vertx;
    private final KioskConfig config;
    private final KioskStatus status;
    private final ServiceFeed services;
    private final TicketIssuer issuer;
    private final TicketCards cards;
    private HttpServer server;

    public KioskHttpServer(Vertx vertx, KioskConfig config, KioskStatus status, ServiceFeed services,
                           TicketIssuer issuer, TicketCards cards) {
        this.vertx = vertx;
        this.config = config;
        this.status = status;
        this.services = services;
        this.issuer = issuer;
        this.cards = cards;
    }

    public Future<HttpServer> start() {
        Router router = Router.router(vertx);
        router.get("/api/kiosk").handler(this::kiosk);
        router.get("/api/state").handler(this::state);
        router.get("/api/services").handler(this::services);
        router.post("/api/press").handler(BodyHandler.create().setBodyLimit(4096)).handler(this::press);
        router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false).setIndexPage("index.html"));
        return vertx.createHttpServer().requestHandler(router).listen(config.httpPort(), config.httpHost())
                .onSuccess(s -> server = s);
    }

    public int port() {
        return server.actualPort();
    }

    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close();
    }

    /** What the page needs once: center name, language, help desk, screen timings. */
    private void kiosk(RoutingContext ctx) {
        CenterInfo center = cards.center();
        json(ctx, 200, new JsonObject()
                .put("center", config.center())
                .put("centerName", center == null ? null : center.name())
                // the clock shows center-local time, whatever zone the kiosk box itself runs in
                .put("timeZone", center == null ? null : center.timeZone().getId())
                .put("language", config.language())
                .put("priorityStep", config.priorityStep())
                .put("helpLocation", config.helpLocation())
                .put("resultSeconds", config.timing().resultScreen().toSeconds())
                .put("idleSeconds", config.timing().idleScreen().toSeconds()));
    }

    private void state(RoutingContext ctx) {
        json(ctx, 200, stateJson());
    }

    private JsonObject stateJson() {
        CenterInfo center = cards.center();
        return new JsonObject().put("mode", status.mode().name()).put("printer", status.printer().name())
                .put("backendUp", status.backendUp()).put("centerName", center == null ? null : center.name());
    }

    private void services(RoutingContext ctx) {
        JsonArray open = new JsonArray();
        services.current().stream().filter(ServiceInfo::open).map(ServiceInfo::toJson).forEach(open::add);
        json(ctx, 200, new JsonObject().put("state", stateJson()).put("services", open));
    }

    private void press(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            body = null;
        }
        String service = body == null ? null : body.getString("service");
        if (service == null || service.isBlank()) {
            json(ctx, 400, new JsonObject().put("detail", "body must be {\"service\": CODE, \"priority\"?: ...}"));
            return;
        }
        Priority priority;
        try {
            priority = Priority.valueOf(body.getString("priority", "NONE").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            json(ctx, 400, new JsonObject().put("detail", "unknown priority " + body.getString("priority")));
            return;
        }
        issuer.issue(service, priority).onSuccess(outcome -> json(ctx, 200, outcome.toJson().put("state", stateJson())));
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store").end(body.encode());
    }
}
