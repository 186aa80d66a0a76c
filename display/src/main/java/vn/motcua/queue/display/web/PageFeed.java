package vn.motcua.queue.display.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.queue.display.hall.HallListener;
import vn.motcua.queue.display.hall.HallState;
import vn.motcua.queue.display.voice.Announcement;

/**
 * Server-sent events from the agent to its pages: {@code state} (the whole screen, small enough to
 * resend on every change, so the page never has to apply events itself) and {@code announce} (play
 * this WAV). The browser's EventSource reconnects by itself if the agent restarts.
 */
public final class PageFeed implements HallListener {
    private final Vertx vertx;
    private final Context context;
    private final HallState state;
    private final Map<HttpServerResponse, ScreenView> pages = new ConcurrentHashMap<>();
    private long keepAlive = -1;

    public PageFeed(Vertx vertx, HallState state) {
        this.vertx = vertx;
        // one context for every write, so state and announce messages leave in the order they were made
        this.context = vertx.getOrCreateContext();
        this.state = state;
    }

    public void start() {
        // a comment line every 15 s keeps proxies and the browser from timing the stream out
        keepAlive = vertx.setPeriodic(15_000, id -> pages.keySet().forEach(r -> r.write(": keep-alive\n\n")));
    }

    public void stop() {
        if (keepAlive >= 0) {
            vertx.cancelTimer(keepAlive);
        }
        pages.keySet().forEach(HttpServerResponse::end);
        pages.clear();
    }

    public void subscribe(HttpServerResponse response, ScreenView view) {
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write("retry: 1000\n\n");
        pages.put(response, view);
        response.closeHandler(v -> pages.remove(response));
        send(response, "state", view.render(state));
    }

    public int pageCount() {
        return pages.size();
    }

    @Override
    public void onChange(HallState changed) {
        context.runOnContext(v -> {
            Map<ScreenView, String> rendered = new ConcurrentHashMap<>();
            pages.forEach((response, view) -> send(response, "state",
                    rendered.computeIfAbsent(view, k -> k.render(changed).encode())));
        });
    }

    /** Tells the pages that show this counter to play the announcement's audio. */
    public void announce(Announcement announcement) {
        JsonObject message = new JsonObject().put("id", announcement.id()).put("url", "/audio/" + announcement.id() + ".wav")
                .put("number", announcement.ticketNumber()).put("counter", announcement.counterNumber())
                .put("recall", announcement.recall()).put("durationMs", announcement.duration().toMillis());
        context.runOnContext(v -> pages.forEach((response, view) -> {
            if (view.counters().includes(announcement.counterNumber())) {
                send(response, "announce", message);
            }
        }));
    }

    private static void send(HttpServerResponse response, String event, JsonObject data) {
        send(response, event, data.encode());
    }

    private static void send(HttpServerResponse response, String event, String data) {
        if (!response.closed() && !response.ended()) {
            response.write("event: " + event + "\ndata: " + data + "\n\n");
        }
    }
}
