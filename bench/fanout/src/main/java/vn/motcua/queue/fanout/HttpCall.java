package vn.motcua.queue.fanout;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Blocking HTTP calls for the benchmark thread. They run on a Vert.x instance of their own, so that the
 * response is not queued behind the subscribers' frames on a shared event loop, and the response time is
 * taken in the response handler, not when the benchmark thread wakes up.
 */
final class HttpCall implements AutoCloseable {

    /** A response with the System.nanoTime of the request's sending and of the response's arrival. */
    record Response(int status, String body, long sentNanos, long receivedNanos) {

        JsonObject json() {
            return new JsonObject(body);
        }
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final WebClient client;
    private final URI base;

    HttpCall(URI base) {
        this.base = base;
        this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(1)
                .setDefaultHost(base.getHost()).setDefaultPort(base.getPort()));
    }

    Response post(String path, String bearer, String basicUser, String basicPassword, JsonObject body) {
        HttpRequest<Buffer> request = client.request(HttpMethod.POST, base.getPort(), base.getHost(), path);
        if (bearer != null) {
            request.bearerTokenAuthentication(bearer);
        }
        if (basicUser != null) {
            request.basicAuthentication(basicUser, basicPassword);
        }
        CompletableFuture<Response> result = new CompletableFuture<>();
        long sent = System.nanoTime();
        (body == null ? request.send() : request.sendJsonObject(body)).onComplete(ar -> {
            long received = System.nanoTime();
            if (ar.failed()) {
                result.completeExceptionally(ar.cause());
            } else {
                result.complete(new Response(ar.result().statusCode(), ar.result().bodyAsString(), sent, received));
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + path, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("POST " + path + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** Fails with the response's body unless the status is the expected one. */
    static Response expect(Response r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + r.status() + " " + r.body());
        }
        return r;
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
