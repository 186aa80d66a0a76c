package vn.motcua.queue.display.web;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.queue.display.config.CounterSelection;
import vn.motcua.queue.display.config.DisplayConfig;
import vn.motcua.queue.display.config.DisplayProfile;
import vn.motcua.queue.display.hall.CallRecord;
import vn.motcua.queue.display.hall.CounterView;
import vn.motcua.queue.display.hall.HallState;
import vn.motcua.queue.display.hall.ServiceView;
import vn.motcua.queue.display.hall.TicketRef;

/**
 * What one screen is given: the hall state cut down to its profile's counters (a zone sees its own
 * counters' calls and the services they serve). The page only renders this JSON.
 */
public record ScreenView(DisplayProfile profile, CounterSelection counters, String title) {

    public static ScreenView of(DisplayConfig.Screen screen) {
        return new ScreenView(screen.profile(), screen.counters(), screen.title());
    }

    /** {@code ?profile=counter&counters=5} lets one agent serve a tablet too; no parameters = configured screen. */
    public ScreenView override(MultiMap query) {
        DisplayProfile p = query.contains("profile") ? DisplayProfile.parse(query.get("profile")) : profile;
        CounterSelection c = query.contains("counters") ? CounterSelection.parse(query.get("counters")) : counters;
        String t = query.contains("title") ? query.get("title") : title;
        return new ScreenView(p, c, t);
    }

    public JsonObject render(HallState state) {
        List<CounterView> shown = state.counters().stream().filter(c -> counters.includes(c.number())).toList();
        Set<String> servedHere = new HashSet<>();
        shown.forEach(c -> servedHere.addAll(c.services()));
        JsonArray counterJson = new JsonArray();
        shown.forEach(c -> counterJson.add(new JsonObject().put("number", c.number()).put("name", c.name())
                .put("status", c.status()).put("services", new JsonArray(c.services())).put("current", ticket(c.current()))));
        JsonArray serviceJson = new JsonArray();
        for (ServiceView s : state.services()) {
            if (counters.isAll() || servedHere.contains(s.code())) {
                serviceJson.add(new JsonObject().put("code", s.code()).put("name", s.name()).put("prefix", s.prefix())
                        .put("open", s.open()).put("waiting", s.waiting()).put("estimatedWaitMinutes", s.estimatedWaitMinutes())
                        .put("targetWaitMinutes", s.targetWaitMinutes()));
            }
        }
        JsonArray callJson = new JsonArray();
        for (CallRecord call : state.calls()) {
            if (counters.includes(call.counterNumber())) {
                callJson.add(new JsonObject().put("key", call.ticket().id() + "@" + call.at()).put("seq", call.seq())
                        .put("at", call.at().toString()).put("recall", call.recall())
                        .put("number", call.ticket().number()).put("priority", call.ticket().isPriority())
                        .put("serviceName", call.serviceName()).put("counter", call.counterNumber())
                        .put("counterName", call.counterName()).put("announcement", call.announcement()));
            }
        }
        return new JsonObject()
                .put("profile", profile.name().toLowerCase())
                .put("title", title)
                .put("center", new JsonObject().put("code", state.centerCode()).put("name", state.centerName()))
                .put("connected", state.connected())
                .put("synced", state.synced())
                .put("seq", state.seq())
                .put("counters", counterJson)
                .put("services", serviceJson)
                .put("calls", callJson);
    }

    private static JsonObject ticket(TicketRef t) {
        if (t == null) {
            return null;
        }
        return new JsonObject().put("number", t.number()).put("service", t.service()).put("status", t.status())
                .put("priority", t.isPriority());
    }
}
