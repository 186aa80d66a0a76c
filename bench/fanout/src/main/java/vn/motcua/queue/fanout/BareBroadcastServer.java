package vn.motcua.queue.fanout;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ceiling: the least a Vert.x server can do to fan a call out. WebSockets on any path get a snapshot frame
 * on connect; {@code POST /broadcast?type=ticket.called&id=...} writes one frame of that type, shaped and sized
 * like the backend's (about 400 bytes for ticket.called), with the next seq, to every connected socket, from the
 * thread that took the request, and answers once the writes are queued. {@code GET /ready} answers 200. No
 * database, no transaction, no per-subscriber bookkeeping.
 * <p>
 * {@code --fan-out=caller} (the default) writes to every socket from the request's thread, as the backend's
 * relay thread does; {@code --fan-out=per-loop} hands each event loop one task that writes to its own sockets,
 * the shape proposed for the backend in docs/fanout-benchmarks.md.
 *
 * <pre>java -cp ... vn.motcua.queue.fanout.BareBroadcastServer [--port=18592] [--event-loops=2]
 *      [--fan-out=caller|per-loop]</pre>
 */
public final class BareBroadcastServer {

    private static final Set<ServerWebSocket> SOCKETS = ConcurrentHashMap.newKeySet();
    private static final Map<Context, Set<ServerWebSocket>> BY_LOOP = new ConcurrentHashMap<>();
    private static volatile boolean perLoop;
    private static final Object SEND_ORDER = new Object();
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static long seq = 1000;

    private BareBroadcastServer() {
    }

    public static void main(String[] args) {
        int port = 18592;
        int eventLoops = 2;
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else if (arg.startsWith("--fan-out=")) {
                perLoop = arg.substring("--fan-out=".length()).equals("per-loop");
            } else if (arg.startsWith("--event-loops=")) {
                eventLoops = Integer.parseInt(arg.substring("--event-loops=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        int listenOn = port;
        vertx.deployVerticle(() -> new ServerVerticle(listenOn), new DeploymentOptions().setInstances(eventLoops))
                .onSuccess(id -> System.out.println("bare broadcast server listening on " + listenOn))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    /**
     * A frame with the fields, order and Vietnamese text of the backend's frame of that type (ticket.issued,
     * ticket.called, ticket.started or ticket.finished), so of the same size.
     */
    static String frame(String type, long seq, String ticketId) {
        String at = AT.format(OffsetDateTime.now(ZoneOffset.ofHours(7)));
        String status = switch (type) {
            case "ticket.issued" -> "WAITING";
            case "ticket.started" -> "SERVING";
            case "ticket.finished" -> "DONE";
            default -> "CALLED";
        };
        boolean atCounter = !type.equals("ticket.issued");
        StringBuilder f = new StringBuilder(420).append("{\"type\":\"").append(type).append("\",\"seq\":")
                .append(seq).append(",\"at\":\"").append(at).append("\",\"ticket\":{\"id\":\"").append(ticketId)
                .append("\",\"number\":\"A001\",\"service\":\"DD\",\"serviceName\":\"Đất đai\",")
                .append("\"priority\":\"NONE\",\"status\":\"").append(status).append("\",\"counter\":")
                .append(atCounter ? "2" : "null").append('}');
        if (atCounter) {
            f.append(",\"counter\":{\"number\":2,\"name\":\"Quầy số 2\"}");
        }
        f.append(",\"services\":[{\"code\":\"DD\",\"waiting\":").append(atCounter ? 0 : 1).append("}]");
        if (type.equals("ticket.called")) {
            f.append(",\"announcement\":{\"text\":\"Mời công dân có số thứ tự A001 đến quầy số 2\"}");
        }
        return f.append('}').toString();
    }

    private static final class ServerVerticle extends AbstractVerticle {

        private final int port;

        ServerVerticle(int port) {
            this.port = port;
        }

        @Override
        public void start(Promise<Void> started) {
            vertx.createHttpServer(new HttpServerOptions().setMaxWebSocketFrameSize(1 << 20))
                    .webSocketHandler(this::subscribe)
                    .requestHandler(this::request)
                    .listen(port)
                    .<Void>mapEmpty()
                    .onComplete(started);
        }

        private void subscribe(ServerWebSocket ws) {
            synchronized (SEND_ORDER) {
                ws.writeTextMessage("{\"type\":\"snapshot\",\"seq\":" + seq + ",\"state\":{}}");
                SOCKETS.add(ws);
                BY_LOOP.computeIfAbsent(context, c -> ConcurrentHashMap.newKeySet()).add(ws);
            }
            ws.closeHandler(v -> {
                SOCKETS.remove(ws);
                BY_LOOP.get(context).remove(ws);
            });
        }

        private void request(HttpServerRequest req) {
            if (req.method() == HttpMethod.GET && req.path().equals("/ready")) {
                req.response().end("ready");
            } else if (req.method() == HttpMethod.POST && req.path().equals("/broadcast")) {
                String id = req.getParam("id", "00000000-0000-0000-0000-000000000000");
                String type = req.getParam("type", "ticket.called");
                long sent;
                int sockets;
                synchronized (SEND_ORDER) {
                    sent = ++seq;
                    String frame = frame(type, sent, id);
                    sockets = SOCKETS.size();
                    if (perLoop) {
                        BY_LOOP.forEach((loop, own) ->
                                loop.runOnContext(v -> own.forEach(ws -> ws.writeTextMessage(frame))));
                    } else {
                        SOCKETS.forEach(ws -> ws.writeTextMessage(frame));
                    }
                }
                req.response().putHeader("content-type", "application/json")
                        .end("{\"id\":\"" + id + "\",\"seq\":" + sent + ",\"sockets\":" + sockets + "}");
            } else {
                req.response().setStatusCode(404).end();
            }
        }
    }
}
