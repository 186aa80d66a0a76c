package vn.motcua.queue.kiosk.backend;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/** The fields of the backend's Ticket that a kiosk prints and shows. */
public record Ticket(String id, String number, String service, String serviceName, Priority priority,
                     OffsetDateTime issuedAt, int position, Integer estimatedWaitMinutes) {

    static Ticket fromJson(JsonObject json) {
        return new Ticket(json.getString("id"), json.getString("number"), json.getString("service"),
                json.getString("serviceName"), Priority.valueOf(json.getString("priority", "NONE")),
                OffsetDateTime.parse(json.getString("issuedAt")), json.getInteger("position", 0),
                json.getInteger("estimatedWaitMinutes"));
    }

    public JsonObject toJson() {
        return new JsonObject().put("id", id).put("number", number).put("service", service)
                .put("serviceName", serviceName).put("priority", priority.name())
                .put("issuedAt", issuedAt.toString()).put("position", position)
                .put("estimatedWaitMinutes", estimatedWaitMinutes);
    }
}
