package vn.motcua.queue.hardware.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code command --key value ... [positional]}: the shape of every command line of this module. */
record CliArguments(String command, Map<String, String> options, List<String> positional) {

    static CliArguments parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("missing command");
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        return new CliArguments(args[0], options, positional);
    }
}
