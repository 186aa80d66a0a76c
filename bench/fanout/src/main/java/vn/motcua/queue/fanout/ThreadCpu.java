package vn.motcua.queue.fanout;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time a process's threads have used, grouped by thread name without its trailing number (so all
 * {@code vert.x-eventloop-thread-N} are one group), from /proc/PID/task/TID/stat. Linux keeps 15 characters
 * of a thread name. The difference of two samples shows where a server spends its CPU during the rounds.
 */
final class ThreadCpu {

    private static final double MS_PER_TICK = 10; // USER_HZ is 100 on Linux

    private ThreadCpu() {
    }

    /** Clock ticks (user + system) by thread group; empty when the process cannot be read. */
    static Map<String, Long> sample(long pid) {
        Map<String, Long> ticks = new HashMap<>();
        if (pid <= 0) {
            return ticks;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long used = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    ticks.merge(group(name), used, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            System.err.println("cannot read threads of " + pid + ": " + e);
        }
        return ticks;
    }

    /** Milliseconds of CPU per round by group, largest first, groups under 1 ms per round left out. */
    static Map<String, Double> perRound(Map<String, Long> before, Map<String, Long> after, int rounds) {
        Map<String, Double> ms = new HashMap<>();
        after.forEach((group, t) -> {
            double d = (t - before.getOrDefault(group, 0L)) * MS_PER_TICK / Math.max(1, rounds);
            if (d >= 1) {
                ms.put(group, d);
            }
        });
        return ms.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new));
    }

    static String group(String threadName) {
        String g = threadName.replaceAll("[-# ]*\\d+$", "");
        return g.isEmpty() ? threadName : g;
    }
}
