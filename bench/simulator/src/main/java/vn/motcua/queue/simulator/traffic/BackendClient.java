package vn.motcua.queue.simulator.traffic;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The few backend calls live traffic makes (docs/API.md): kiosk calls with the device's bearer token, staff
 * calls with HTTP Basic. Answers come back as they are; the caller decides what a 409 or 5xx means.
 */
final class BackendClient {

    /** A response: the status and the body text. */
    record Reply(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem+json {@code detail} when there is one, else the body (shortened). */
        String detail() {
            try {
                Object d = JsonReader.object(body).get("detail");
                if (d != null) {
                    return d.toString();
                }
            } catch (IllegalArgumentException notJson) {
                // fall through to the raw body
            }
            return body.length() <= 200 ? body : body.substring(0, 200) + "...";
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final String base;
    private final String centerPath;
    private final String kioskAuth;
    private final String staffAuth;

    BackendClient(URI baseUrl, String center, String kioskToken, String user, String password) {
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String b = baseUrl.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.centerPath = "/api/centers/" + segment(center);
        this.kioskAuth = "Bearer " + kioskToken;
        this.staffAuth = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    List<Map<String, Object>> services() throws IOException {
        return JsonReader.arrayOfObjects(expectOk(send("GET", centerPath + "/services", null, null, null)));
    }

    List<Map<String, Object>> counters() throws IOException {
        return JsonReader.arrayOfObjects(expectOk(send("GET", centerPath + "/counters", null, staffAuth, null)));
    }

    Reply issue(String service, String priority, String idempotencyKey) throws IOException {
        String body = "{\"service\":" + quote(service) + ",\"priority\":" + quote(priority) + ",\"channel\":\"KIOSK\"}";
        return send("POST", centerPath + "/tickets", body, kioskAuth, idempotencyKey);
    }

    Reply openCounter(int number) throws IOException {
        return send("POST", centerPath + "/counters/" + number + "/open", null, staffAuth, null);
    }

    Reply next(int counter) throws IOException {
        return send("POST", centerPath + "/counters/" + counter + "/next", null, staffAuth, null);
    }

    /** {@code start}, {@code finish} or {@code no-show}. */
    Reply ticket(String id, String action) throws IOException {
        return send("POST", "/api/tickets/" + segment(id) + "/" + action, null, staffAuth, null);
    }

    private Reply send(String method, String path, String json, String auth, String idempotencyKey)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body() == null ? "" : r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + method + " " + path, e);
        }
    }

    private static String expectOk(Reply r) throws IOException {
        if (!r.ok()) {
            throw new IOException("HTTP " + r.status() + ": " + r.detail());
        }
        return r.body();
    }

    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
