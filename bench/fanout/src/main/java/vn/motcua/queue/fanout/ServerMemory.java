package vn.motcua.queue.fanout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's memory as the OS sees it (VmRSS and threads from /proc/PID/status) and as its JVM sees it (heap
 * used and committed from {@code jcmd PID GC.heap_info}), then its live heap: used after a full collection
 * ({@code jcmd PID GC.run}). Taken only outside the measured rounds, since the collection pauses the server.
 *
 * @param rssKb        resident set size, kB (-1: unknown)
 * @param threads      OS threads of the process (-1: unknown)
 * @param heapUsedKb   Java heap in use, garbage included, kB (-1: unknown)
 * @param heapTotalKb  Java heap committed, kB (-1: unknown)
 * @param heapLiveKb   Java heap in use after a full collection, kB (-1: unknown)
 */
record ServerMemory(long rssKb, long threads, long heapUsedKb, long heapTotalKb, long heapLiveKb) {

    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    static ServerMemory of(long pid) {
        if (pid <= 0) {
            return new ServerMemory(-1, -1, -1, -1, -1);
        }
        long rss = -1;
        long threads = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("Threads:")) {
                    threads = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("cannot read /proc/" + pid + "/status: " + e);
        }
        long[] heap = heap(pid);
        jcmd(pid, "GC.run");
        long[] live = heap(pid);
        return new ServerMemory(rss, threads, heap[1], heap[0], live[1]);
    }

    /** {total, used} in kB, or {-1, -1}. */
    private static long[] heap(long pid) {
        Matcher m = HEAP.matcher(jcmd(pid, "GC.heap_info"));
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : new long[] {-1, -1};
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return out;
        } catch (IOException e) {
            System.err.println("jcmd " + pid + " " + command + " failed: " + e);
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
