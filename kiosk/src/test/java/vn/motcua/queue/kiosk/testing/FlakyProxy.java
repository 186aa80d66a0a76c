package vn.motcua.queue.kiosk.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sits between the kiosk and the backend and misbehaves on request: {@link #swallowTicketAnswers}
 * forwards ticket POSTs (the backend commits them) but never answers, like a network that drops
 * the reply; {@link #down()} stops listening (connection refused), {@link #up()} listens again on
 * the same port. Records every request it forwards.
 */
public final class FlakyProxy implements AutoCloseable {

    /** One request as the kiosk sent it. */
    public record Seen(String method, String path, String idempotencyKey, String body) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient client;
    private final URI backend;
    private final int port;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger swallow = new AtomicInteger();
    private HttpServer server;

    public FlakyProxy(URI backend) throws Exception {
        this.backend = backend;
        this.client = vertx.createHttpClient();
        this.port = BackendServer.freePort();
        up();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public List<Seen> seen() {
        return seen;
    }

    /** The next {@code count} ticket POSTs reach the backend, but their answers never reach the kiosk. */
    public void swallowTicketAnswers(int count) {
        swallow.set(count);
    }

    public synchronized void down() throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            server = null;
        }
    }

    public synchronized void up() throws Exception {
        if (server == null) {
            server = vertx.createHttpServer().requestHandler(this::forward)
                    .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private void forward(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            seen.add(new Seen(request.method().name(), request.path(), request.getHeader("Idempotency-Key"), body.toString()));
            boolean swallowAnswer = request.method() == HttpMethod.POST && request.path().endsWith("/tickets")
                    && swallow.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(backend.getHost())
                    .setPort(backend.getPort()).setURI(request.uri());
            request.headers().forEach(h -> {
                if (!h.getKey().equalsIgnoreCase("Host")) {
                    options.addHeader(h.getKey(), h.getValue());
                }
            });
            client.request(options)
                    .compose(out -> out.send(body).compose(in -> in.body().map(answer -> {
                        if (!swallowAnswer) {
                            request.response().setStatusCode(in.statusCode()).headers().addAll(in.headers());
                            request.response().end(answer);
                        }
                        return (Buffer) answer;
                    })))
                    .onFailure(failure -> request.response().setStatusCode(502).end());
        });
    }

    @Override
    public void close() throws Exception {
        down();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
