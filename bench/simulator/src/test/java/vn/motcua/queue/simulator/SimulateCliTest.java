package vn.motcua.queue.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class SimulateCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return SimulateCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void simulatePrintsATableWithAServiceRowAndTheOverallRow() throws Exception {
        assertThat(run("simulate", "../scenarios/quiet-district.yaml", "--policy", "FIFO", "--seeds", "2")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("policy FIFO, 2 day(s)").contains("% within").containsPattern("(?m)^all\\s+\\d+");
    }

    @Test
    void simulateJsonIsValidJsonWithTheOverallSummaryLast() throws Exception {
        assertThat(run("simulate", "../scenarios/quiet-district.yaml", "--json")).isZero();
        Map<String, Object> json = new Yaml().load(out.toString(StandardCharsets.UTF_8));
        assertThat(json).containsEntry("scenario", "quiet-district").containsEntry("policy", "DEADLINE");
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Map<String, Object>>) json.get("services");
        assertThat(rows).extracting(r -> r.get("label")).containsExactly("A", "B", "C", "all");
        assertThat(rows.get(3)).containsKeys("withinTargetPct", "p90WaitMinutes", "estimateMaeMinutes",
                "estimateBiasMinutes", "unservedPerDay", "utilisation");
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() throws Exception {
        assertThat(run("simulat", "../scenarios/quiet-district.yaml")).isEqualTo(2);
        assertThat(run("simulate", "../scenarios/quiet-district.yaml", "--fast")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }
}
