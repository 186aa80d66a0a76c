package vn.motcua.queue.kiosk.backend;

import io.vertx.core.json.JsonObject;
import java.time.ZoneId;

/** The center this kiosk stands in: its name is printed on every ticket, its zone dates it. */
public record CenterInfo(String code, String name, ZoneId timeZone) {

    static CenterInfo fromJson(JsonObject json) {
        String zone = json.getString("timeZone");
        return new CenterInfo(json.getString("code"), json.getString("name"),
                zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : ZoneId.of(zone));
    }
}
