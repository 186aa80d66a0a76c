package vn.motcua.queue.fanout;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens the subscribers' WebSocket connections, spread over {@code clients} verticles so that each event loop
 * reads its share of the frames. Each verticle keeps at most {@code connecting / clients} handshakes in flight
 * and retries a failed one a few times.
 */
final class SubscriberPool {

    private static final int ATTEMPTS = 5;

    private final Vertx vertx;
    private final Options options;
    private final Arrivals arrivals;
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    SubscriberPool(Vertx vertx, Options options, Arrivals arrivals) {
        this.vertx = vertx;
        this.options = options;
        this.arrivals = arrivals;
    }

    /** Completes when every connection has been opened or has failed for good. */
    Future<Void> open() {
        List<Future<String>> deployments = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            List<Integer> share = new ArrayList<>();
            for (int i = c; i < options.subscribers(); i += options.clients()) {
                share.add(i);
            }
            deployments.add(vertx.deployVerticle(new ClientVerticle(share), new DeploymentOptions()));
        }
        return Future.all(deployments).mapEmpty();
    }

    int connected() {
        return connected.get();
    }

    int failed() {
        return failed.get();
    }

    /** Connections the server (or the network) closed after they were open. */
    int closed() {
        return closed.get();
    }

    private final class ClientVerticle extends AbstractVerticle {

        private final List<Integer> share;
        private WebSocketClient client;
        private int next;
        private int done;

        ClientVerticle(List<Integer> share) {
            this.share = share;
        }

        @Override
        public void start(Promise<Void> started) {
            client = vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxConnections(share.size() + 16)
                    .setConnectTimeout(30_000)
                    .setMaxFrameSize(1 << 20)
                    .setMaxMessageSize(4 << 20));
            if (share.isEmpty()) {
                started.complete();
                return;
            }
            int inFlight = Math.max(1, options.connecting() / options.clients());
            for (int k = 0; k < inFlight && next < share.size(); k++) {
                connect(share.get(next++), 1, started);
            }
        }

        private void connect(int index, int attempt, Promise<Void> started) {
            URI uri = options.events();
            SubscriberStream stream = new SubscriberStream(index, arrivals);
            ClientWebSocket ws = client.webSocket();
            ws.textMessageHandler(stream::onText);
            ws.closeHandler(v -> closed.incrementAndGet());
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            ws.connect(new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort()).setURI(path))
                    .onSuccess(x -> {
                        connected.incrementAndGet();
                        finished(started);
                    })
                    .onFailure(e -> {
                        if (attempt < ATTEMPTS) {
                            vertx.setTimer(200L * attempt, t -> connect(index, attempt + 1, started));
                        } else {
                            System.err.println("subscriber " + index + " could not connect: " + e);
                            failed.incrementAndGet();
                            finished(started);
                        }
                    });
        }

        private void finished(Promise<Void> started) {
            done++;
            if (next < share.size()) {
                connect(share.get(next++), 1, started);
            }
            if (done == share.size()) {
                started.complete();
            }
        }
    }
}
