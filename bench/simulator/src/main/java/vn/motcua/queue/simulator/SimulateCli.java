package vn.motcua.queue.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.queue.simulator.bench.BenchmarkReport;
import vn.motcua.queue.simulator.bench.MultiDay;
import vn.motcua.queue.simulator.bench.StaffingReport;
import vn.motcua.queue.simulator.engine.PolicyVariant;
import vn.motcua.queue.simulator.engine.SimulationOptions;
import vn.motcua.queue.simulator.report.DayResult;
import vn.motcua.queue.simulator.report.Reports;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ScenarioLoader;
import vn.motcua.queue.simulator.traffic.LiveTraffic;
import vn.motcua.queue.simulator.traffic.TrafficOptions;

/**
 * Command line:
 * <pre>
 * simulate &lt;scenario.yaml&gt; [--policy P] [--seeds N] [--json]
 * compare  &lt;scenario.yaml&gt;... [--seeds N] [--markdown]     policies side by side, DEADLINE cap curve, Erlang C check
 * staffing &lt;scenario.yaml&gt;... [--seeds N] [--policy P]     fewest counters for 95% within 15 min vs Erlang C
 * traffic  [--base-url U] [--center C] [--speed X] [--minutes M] ...   live demo traffic against a running backend
 * </pre>
 */
public final class SimulateCli {

    private SimulateCli() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length >= 1 && args[0].equals("traffic")) {
            return traffic(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length < 2) {
            err.println(usage());
            return 2;
        }
        String command = args[0];
        List<Path> files = new ArrayList<>();
        String policy = "DEADLINE";
        int seeds = -1;
        boolean json = false;
        boolean markdown = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--policy" -> policy = args[++i];
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--json" -> json = true;
                case "--markdown" -> markdown = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        err.println("unknown option " + args[i] + "\n" + usage());
                        return 2;
                    }
                    files.add(Path.of(args[i]));
                }
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            scenarios.add(ScenarioLoader.load(f));
        }
        PolicyVariant variant = PolicyVariant.parse(policy);
        switch (command) {
            case "simulate" -> {
                for (Scenario s : scenarios) {
                    List<DayResult> days = MultiDay.run(s, SimulationOptions.of(variant), seeds < 0 ? 1 : seeds);
                    out.println(json ? Reports.json(s, variant.label(), days) : Reports.text(s, variant.label(), days));
                }
            }
            case "compare" -> out.println(BenchmarkReport.render(scenarios, seeds < 0 ? 20 : seeds, markdown));
            case "staffing" -> out.println(StaffingReport.render(scenarios, variant, seeds < 0 ? 10 : seeds, markdown));
            default -> {
                err.println("unknown command " + command + "\n" + usage());
                return 2;
            }
        }
        return 0;
    }

    /** Live traffic until --minutes or Ctrl-C (a shutdown hook stops it cleanly and prints the counts). */
    static int traffic(String[] args, PrintStream out, PrintStream err) throws Exception {
        TrafficOptions options;
        try {
            options = TrafficOptions.parse(args, Path.of(System.getProperty("motcua.root", ".")));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + usage());
            return 2;
        }
        LiveTraffic traffic = new LiveTraffic(options, ScenarioLoader.load(options.scenario()), out);
        Thread hook = new Thread(() -> traffic.stop(Duration.ofSeconds(15)), "traffic-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            traffic.run();
        } catch (IOException e) {
            err.println("backend at " + options.baseUrl() + " not usable: " + e); // ConnectException has no message
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running and waits for run() to end
            }
        }
        return 0;
    }

    static String usage() {
        return """
                usage: simulate simulate <scenario.yaml>... [--policy P] [--seeds N] [--json]
                       simulate compare  <scenario.yaml>... [--seeds N] [--markdown]
                       simulate staffing <scenario.yaml>... [--policy P] [--seeds N] [--markdown]
                       simulate traffic  [--base-url http://127.0.0.1:8080] [--center HCC-DEMO] [--speed 10]
                                         [--kiosk-token demo-kiosk-1] [--user supervisor] [--password demo]
                                         [--minutes M] [--scenario busy-provincial.yaml] [--start 08:00] [--seed N]
                policies: FIFO, SERVICE_ORDER, TARGET_AWARE, DEADLINE (or DEADLINE:2.5, DEADLINE:cap:horizon:weight),
                          PRIORITY_FIFO""";
    }
}
