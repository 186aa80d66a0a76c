package vn.motcua.queue.kiosk.backend;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The backend API as the kiosk uses it, with the kiosk's device token. */
public final class BackendClient implements AutoCloseable {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final WebClient client;
    private final URI base;
    private final String center;
    private final String bearer;

    public BackendClient(Vertx vertx, URI backendUrl, String center, String deviceToken, Duration connectTimeout) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setUserAgent("motcua-kiosk"));
        this.base = backendUrl;
        this.center = center;
        this.bearer = "Bearer " + deviceToken;
    }

    public Future<List<ServiceInfo>> services() {
        return send(request(HttpMethod.GET, "/api/centers/" + center + "/services", DEFAULT_TIMEOUT), null)
                .map(response -> response.bodyAsJsonArray().stream()
                        .map(o -> ServiceInfo.fromJson((JsonObject) o)).toList());
    }

    public Future<CenterInfo> center() {
        return send(request(HttpMethod.GET, "/api/centers", DEFAULT_TIMEOUT), null)
                .map(response -> {
                    JsonArray centers = response.bodyAsJsonArray();
                    return centers.stream().map(o -> (JsonObject) o)
                            .filter(o -> center.equals(o.getString("code")))
                            .findFirst().map(CenterInfo::fromJson)
                            .orElseThrow(() -> new BackendException(BackendException.Kind.REFUSED, 404,
                                    "the backend has no center " + center, null));
                });
    }

    /**
     * One attempt at issuing. The same {@code idempotencyKey} on a repeat makes the backend return
     * the ticket it already issued (200) instead of a second one.
     */
    public Future<Ticket> issue(String service, Priority priority, String idempotencyKey, Duration timeout) {
        HttpRequest<Buffer> request = request(HttpMethod.POST, "/api/centers/" + center + "/tickets", timeout)
                .putHeader("Idempotency-Key", idempotencyKey);
        JsonObject body = new JsonObject().put("service", service).put("priority", priority.name()).put("channel", "KIOSK");
        return send(request, body).map(response -> Ticket.fromJson(response.bodyAsJsonObject()));
    }

    public Future<Void> reportPrinted(String ticketId, boolean ok, String error) {
        JsonObject body = new JsonObject().put("ok", ok);
        if (error != null) {
            body.put("error", error);
        }
        return send(request(HttpMethod.POST, "/api/tickets/" + ticketId + "/printed", DEFAULT_TIMEOUT), body).mapEmpty();
    }

    public Future<Void> heartbeat(String status, Map<String, Object> details) {
        JsonObject body = new JsonObject().put("status", status).put("details", new JsonObject(details));
        return send(request(HttpMethod.POST, "/api/devices/heartbeat", DEFAULT_TIMEOUT), body).mapEmpty();
    }

    private HttpRequest<Buffer> request(HttpMethod method, String path, Duration timeout) {
        return client.requestAbs(method, base.resolve(path).toString())
                .putHeader("Authorization", bearer)
                .putHeader("Accept", "application/json")
                .timeout(timeout.toMillis());
    }

    private static Future<HttpResponse<Buffer>> send(HttpRequest<Buffer> request, JsonObject body) {
        Future<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendJsonObject(body);
        return sent.recover(failure -> Future.failedFuture(new BackendException(BackendException.Kind.UNREACHABLE, 0,
                        "backend unreachable: " + failure, failure)))
                .compose(BackendClient::checkStatus);
    }

    private static Future<HttpResponse<Buffer>> checkStatus(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        if (status < 400) {
            return Future.succeededFuture(response);
        }
        BackendException.Kind kind = status >= 500 || status == 429
                ? BackendException.Kind.SERVER_ERROR : BackendException.Kind.REFUSED;
        return Future.failedFuture(new BackendException(kind, status, problemDetail(response), null));
    }

    /** The problem+json detail if there is one: it names what was wrong in words a person can act on. */
    private static String problemDetail(HttpResponse<Buffer> response) {
        try {
            JsonObject problem = response.bodyAsJsonObject();
            if (problem != null && problem.getString("detail") != null) {
                return response.statusCode() + " " + problem.getString("detail");
            }
        } catch (RuntimeException notJson) {
            // fall through: some proxies answer with HTML
        }
        return "HTTP " + response.statusCode();
    }

    @Override
    public void close() {
        client.close();
    }
}
