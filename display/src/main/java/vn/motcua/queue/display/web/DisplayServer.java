package vn.motcua.queue.display.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import vn.motcua.queue.display.config.DisplayConfig;
import vn.motcua.queue.display.hall.HallState;
import vn.motcua.queue.display.voice.PageAudio;

/**
 * The agent's own web server for the kiosk-mode browser: the page (static files from the classpath,
 * nothing from a CDN), its event feed, the composed announcement audio and the page's audio report.
 */
public final class DisplayServer {
    private final Vertx vertx;
    private final DisplayConfig config;
    private final HallState state;
    private final PageFeed feed;
    private final PageAudio audio;
    private final PageStatus pageStatus;
    private HttpServer server;

    /** @param audio null when the page does not play announcements */
    public DisplayServer(Vertx vertx, DisplayConfig config, HallState state, PageFeed feed, PageAudio audio,
                         PageStatus pageStatus) {
        this.vertx = vertx;
        this.config = config;
        this.state = state;
        this.feed = feed;
        this.audio = audio;
        this.pageStatus = pageStatus;
    }

    public Future<Integer> start() {
        Router router = Router.router(vertx);
        ScreenView screen = ScreenView.of(config.screen());
        router.get("/events").handler(ctx -> feed.subscribe(ctx.response(), screen.override(ctx.queryParams())));
        router.get("/state.json").handler(ctx -> json(ctx, screen.override(ctx.queryParams()).render(state)));
        router.get("/config.json").handler(ctx -> json(ctx, pageConfig()));
        router.get("/audio/:id").handler(this::audio);
        router.post("/page/audio").handler(BodyHandler.create().setBodyLimit(1024)).handler(ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            pageStatus.report(body != null && body.getBoolean("blocked", false));
            ctx.response().setStatusCode(204).end();
        });
        router.get("/health").handler(ctx -> json(ctx, new JsonObject().put("backendConnected", state.connected())
                .put("seq", state.seq()).put("pages", feed.pageCount()).put("audioBlocked", pageStatus.audioBlocked())));
        // the hardware module's bundled DejaVu fonts: full Vietnamese coverage on any box, no download
        router.route("/fonts/*").handler(StaticHandler.create("vn/motcua/queue/hardware/fonts").setMaxAgeSeconds(86400));
        router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false).setIndexPage("index.html"));
        server = vertx.createHttpServer();
        feed.start();
        return server.requestHandler(router).listen(config.httpPort(), config.httpHost()).map(HttpServer::actualPort);
    }

    public Future<Void> stop() {
        feed.stop();
        return server == null ? Future.succeededFuture() : server.close();
    }

    private JsonObject pageConfig() {
        DisplayConfig.Screen s = config.screen();
        return new JsonObject()
                .put("notice", s.notice())
                .put("recentCalls", s.recentCalls())
                .put("highlightSeconds", s.highlightSeconds())
                .put("english", s.english())
                .put("timeZone", s.timeZone().getId())
                .put("pageAudio", audio != null);
    }

    private void audio(RoutingContext ctx) {
        String id = ctx.pathParam("id").replace(".wav", "");
        byte[] wav;
        try {
            wav = audio == null ? null : audio.wav(Long.parseLong(id));
        } catch (NumberFormatException e) {
            wav = null;
        }
        if (wav == null) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        ctx.response().putHeader("Content-Type", "audio/wav").putHeader("Cache-Control", "no-store")
                .end(io.vertx.core.buffer.Buffer.buffer(wav));
    }

    private static void json(RoutingContext ctx, JsonObject body) {
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }
}
