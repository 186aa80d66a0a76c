package vn.motcua.queue.kiosk.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the backend holds, asked as staff: the test's source of truth. */
public final class BackendFacts {
    private final BackendServer backend;

    public BackendFacts(BackendServer backend) {
        this.backend = backend;
    }

    public List<JsonObject> tickets() {
        try {
            String body = backend.get("/api/centers/HCC-DEMO/tickets", "supervisor").body();
            return new JsonArray(body).stream().map(o -> (JsonObject) o).toList();
        } catch (Exception e) {
            throw new AssertionError("cannot list tickets", e);
        }
    }

    public Set<String> ticketIds() {
        return tickets().stream().map(t -> t.getString("id")).collect(Collectors.toSet());
    }

    /** Tickets issued since {@code before} was taken. */
    public List<JsonObject> ticketsSince(Set<String> before) {
        return tickets().stream().filter(t -> !before.contains(t.getString("id"))).toList();
    }

    /** The demo kiosk's device row: status and details of its last heartbeat. */
    public JsonObject kioskDevice() {
        try {
            String body = backend.get("/api/admin/centers/HCC-DEMO/devices", "admin").body();
            return new JsonArray(body).stream().map(o -> (JsonObject) o)
                    .filter(d -> "kiosk-1".equals(d.getString("code"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no kiosk-1 device in " + body));
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("cannot list devices", e);
        }
    }

    /** Issues a ticket directly (as another kiosk would), to put people ahead in a queue. */
    public void issueDirectly(String service) {
        try {
            int status = backend.post("/api/centers/HCC-DEMO/tickets", "{\"service\":\"" + service + "\"}", "demo-kiosk-1").statusCode();
            if (status != 201) {
                throw new AssertionError("direct issue answered " + status);
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("cannot issue", e);
        }
    }
}
