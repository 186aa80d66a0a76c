package vn.motcua.queue.display.hall;

import io.vertx.core.json.JsonObject;

/** A ticket as the hall sees it; no personal data ever reaches the display. */
public record TicketRef(String id, String number, String service, String status, String priority) {

    public boolean isPriority() {
        return priority != null && !priority.equals("NONE");
    }

    static TicketRef from(JsonObject json, String knownPriority) {
        if (json == null) {
            return null;
        }
        String priority = json.getString("priority", knownPriority);
        return new TicketRef(json.getString("id"), json.getString("number"), json.getString("service"),
                json.getString("status"), priority);
    }

    TicketRef withStatus(String newStatus) {
        return new TicketRef(id, number, service, newStatus, priority);
    }
}
