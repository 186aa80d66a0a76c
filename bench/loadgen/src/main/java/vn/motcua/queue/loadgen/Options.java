package vn.motcua.queue.loadgen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line options with defaults; unknown names are refused so typos do not pass silently. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    static Options parse(String[] args, Set<String> known) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("Expected --option, got '" + a + "'");
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                value = "true";
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; known: " + known);
            }
            o.values.put(name, value);
        }
        return o;
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    double decimal(String name, double fallback) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }

    boolean flag(String name, boolean fallback) {
        return values.containsKey(name) ? Boolean.parseBoolean(values.get(name)) : fallback;
    }

    List<String> list(String name, String fallback) {
        return List.of(string(name, fallback).split(","));
    }
}
