package vn.motcua.queue.kiosk.backend;

import io.vertx.core.json.JsonObject;

/** One service of the center as {@code GET /api/centers/{c}/services} lists it. */
public record ServiceInfo(String code, String name, String prefix, boolean open, int waiting,
                          Integer estimatedWaitMinutes) {

    static ServiceInfo fromJson(JsonObject json) {
        return new ServiceInfo(json.getString("code"), json.getString("name"), json.getString("prefix"),
                json.getBoolean("open", true), json.getInteger("waiting", 0), json.getInteger("estimatedWaitMinutes"));
    }

    public JsonObject toJson() {
        return new JsonObject().put("code", code).put("name", name).put("prefix", prefix).put("open", open)
                .put("waiting", waiting).put("estimatedWaitMinutes", estimatedWaitMinutes);
    }
}
