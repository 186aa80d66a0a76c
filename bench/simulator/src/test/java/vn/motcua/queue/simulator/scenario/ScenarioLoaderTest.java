package vn.motcua.queue.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.simulator.engine.TestScenarios;

class ScenarioLoaderTest {

    private static final String MINIMAL = """
            name: tiny
            open: "07:30"
            close: 17:00
            services:
              - code: A
                serviceMinutes: {mean: 8}
                arrivals:
                  - {from: "07:30", to: 11:30, perHour: 12}
            counters:
              - id: Q
                count: 2
                serves: [A]
            """;

    @ParameterizedTest
    @ValueSource(strings = {"quiet-district", "busy-provincial", "short-staffed"})
    void theStandardScenariosLoadAndDescribeThemselves(String name) {
        Scenario s = TestScenarios.standard(name);
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.description()).isNotBlank();
        assertThat(s.counterCount()).isPositive();
    }

    @Test
    void quotedAndUnquotedTimesMeanTheSame() {
        // unquoted 17:00 is the YAML 1.1 integer 1020 (sexagesimal), which is exactly minutes after midnight
        Scenario s = ScenarioLoader.parse(MINIMAL);
        assertThat(s.open()).isEqualTo(LocalTime.of(7, 30));
        assertThat(s.close()).isEqualTo(LocalTime.of(17, 0));
        assertThat(s.services().get(0).arrivals().get(0).window().to()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void fillsInDefaults() {
        Scenario s = ScenarioLoader.parse(MINIMAL);
        ServiceSpec a = s.services().get(0);
        assertThat(a.targetWait()).isEqualTo(Duration.ofMinutes(15));
        assertThat(a.priorityMode()).isEqualTo(PriorityMode.STRICT);
        assertThat(a.serviceTime().distribution()).isEqualTo(ServiceTimeSpec.Distribution.LOGNORMAL);
        assertThat(s.lastTicket()).isEqualTo(s.close());
        assertThat(s.noShowDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(s.counters().get(0).counterIds()).containsExactly("Q1", "Q2");
        assertThat(a.expectedArrivals()).isEqualTo(48.0);
    }

    @Test
    void readsJsonToo() {
        Scenario s = ScenarioLoader.parse("""
                {"name": "json", "open": "08:00", "close": "12:00",
                 "services": [{"code": "B", "serviceMinutes": {"mean": 5, "distribution": "exponential"},
                               "arrivals": [{"from": "08:00", "to": "12:00", "perHour": 6}]}],
                 "counters": [{"id": "Q", "serves": [{"service": "B", "weight": 2}]}]}
                """);
        assertThat(s.services().get(0).serviceTime().distribution()).isEqualTo(ServiceTimeSpec.Distribution.EXPONENTIAL);
        assertThat(s.counters().get(0).profile().get(0).weight()).isEqualTo(2.0);
    }

    @Test
    void refusesACounterServingAnUnknownService() {
        assertThatThrownBy(() -> ScenarioLoader.parse(MINIMAL.replace("serves: [A]", "serves: [A, Z]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown service Z");
    }

    @Test
    void refusesAMissingMeanServiceTime() {
        assertThatThrownBy(() -> ScenarioLoader.parse(MINIMAL.replace("{mean: 8}", "{spread: 0.5}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean");
    }
}
