package vn.motcua.queue.simulator.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ProfileEntry;

/**
 * Reads a scenario from YAML (or JSON, which YAML includes). The format is documented in docs/simulator.md.
 * Only plain maps, lists and scalars are accepted (safe loading: no object tags).
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromMap(asMap(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader), file.toString()));
        }
    }

    public static Scenario parse(String yaml) {
        return fromMap(asMap(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml), "scenario"));
    }

    static Scenario fromMap(Map<String, Object> m) {
        String name = string(m, "name", "scenario");
        LocalTime open = time(m.get("open"), "open");
        LocalTime close = time(m.get("close"), "close");
        List<ServiceSpec> services = new ArrayList<>();
        for (Object o : list(m, "services")) {
            services.add(service(asMap(o, "service")));
        }
        List<CounterGroup> counters = new ArrayList<>();
        for (Object o : list(m, "counters")) {
            counters.add(counterGroup(asMap(o, "counter")));
        }
        return new Scenario(name, string(m, "description", ""),
                ZoneId.of(string(m, "zone", "Asia/Ho_Chi_Minh")),
                date(m.get("date")),
                open, close, m.containsKey("lastTicket") ? time(m.get("lastTicket"), "lastTicket") : close,
                minutes(m, "warmupMinutes", 0), minutes(m, "noShowDelayMinutes", 1),
                ((Number) m.getOrDefault("seed", 1)).longValue(), services, counters);
    }

    private static ServiceSpec service(Map<String, Object> m) {
        String code = string(m, "code", null);
        Map<String, Object> st = asMap(m.get("serviceMinutes"), "serviceMinutes of " + code);
        ServiceTimeSpec.Distribution distribution = ServiceTimeSpec.Distribution.valueOf(
                string(st, "distribution", "lognormal").toUpperCase(Locale.ROOT));
        ServiceTimeSpec serviceTime = new ServiceTimeSpec(minutes(st, "mean", -1),
                number(st, "spread", distribution == ServiceTimeSpec.Distribution.EXPONENTIAL ? 1.0 : 0.5), distribution);
        List<RateSegment> arrivals = new ArrayList<>();
        for (Object o : list(m, "arrivals")) {
            Map<String, Object> seg = asMap(o, "arrival segment of " + code);
            arrivals.add(RateSegment.of(time(seg.get("from"), "from"), time(seg.get("to"), "to"),
                    number(seg, "perHour", -1)));
        }
        List<String> transferTo = new ArrayList<>();
        for (Object o : (List<?>) m.getOrDefault("transferTo", List.of())) {
            transferTo.add(o.toString());
        }
        return new ServiceSpec(code, string(m, "name", code), minutes(m, "targetMinutes", 15),
                PriorityMode.parse(string(m, "priorityMode", "STRICT")), serviceTime, arrivals,
                number(m, "priorityShare", 0), number(m, "noShowShare", 0), number(m, "transferShare", 0), transferTo);
    }

    private static CounterGroup counterGroup(Map<String, Object> m) {
        String id = string(m, "id", null);
        List<ProfileEntry> profile = new ArrayList<>();
        for (Object o : list(m, "serves")) {
            if (o instanceof Map<?, ?> entry) {
                Map<String, Object> e = asMap(entry, "serves entry of " + id);
                profile.add(new ProfileEntry(string(e, "service", null), number(e, "weight", 1.0)));
            } else {
                profile.add(new ProfileEntry(o.toString(), 1.0));
            }
        }
        List<TimeWindow> breaks = new ArrayList<>();
        for (Object o : (List<?>) m.getOrDefault("breaks", List.of())) {
            Map<String, Object> b = asMap(o, "break of " + id);
            breaks.add(new TimeWindow(time(b.get("from"), "from"), time(b.get("to"), "to")));
        }
        return new CounterGroup(id, ((Number) m.getOrDefault("count", 1)).intValue(), profile, breaks);
    }

    /** An unquoted YAML date arrives as a java.util.Date at UTC midnight; a quoted one as text. */
    private static LocalDate date(Object value) {
        if (value == null) {
            return LocalDate.of(2025, 3, 3); // a Monday: any working day will do
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString().trim());
    }

    /**
     * "07:30" as a string, or as YAML 1.1 reads an unquoted 13:00: the sexagesimal integer 780, which is
     * exactly the minutes after midnight.
     */
    static LocalTime time(Object value, String what) {
        if (value instanceof Number n) {
            return LocalTime.MIDNIGHT.plusMinutes(n.longValue());
        }
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String text = value.toString().trim();
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    private static Duration minutes(Map<String, Object> m, String key, double fallback) {
        double v = number(m, key, fallback);
        if (v < 0) {
            throw new IllegalArgumentException(key + " is missing or negative");
        }
        return Duration.ofMillis(Math.round(v * 60_000));
    }

    private static double number(Map<String, Object> m, String key, double fallback) {
        Object v = m.get(key);
        if (v == null) {
            if (fallback < 0) {
                throw new IllegalArgumentException(key + " is missing");
            }
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(key + " must be a number, got '" + v + "'");
    }

    private static String string(Map<String, Object> m, String key, String fallback) {
        Object v = m.get(key);
        if (v == null) {
            if (fallback == null) {
                throw new IllegalArgumentException(key + " is missing");
            }
            return fallback;
        }
        return v.toString();
    }

    private static List<?> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        return l;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o, String what) {
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(what + " must be a map");
        }
        return (Map<String, Object>) o;
    }
}
