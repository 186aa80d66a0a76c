package vn.motcua.queue.backend.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.motcua.queue.backend.stats.StatsFixture.Spec.done;
import static vn.motcua.queue.backend.stats.StatsJson.ints;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.stats.StatsFixture.Spec;
import vn.motcua.queue.backend.support.TestTimeSource;

/**
 * Staffing advice for Tuesday 2026-03-31 (center open 07:30-17:00 Monday-Friday: hours 7..16). The 8 weeks
 * before it are the seven-day windows starting 24, 17, 10, 3 March, 24, 17, 10, 3 February.
 */
@QuarkusTest
class StaffingApiTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 31);

    @Inject
    StatsFixture fixture;
    @Inject
    TestTimeSource time;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /**
     * S: 10-minute services, target 15; T: no history, default 6 minutes. Counter 1 serves S (weight 3) and
     * T (weight 1), counter 2 only S, counter 3 only T (weight 2): S is planned 3/4 + 1 = 1.75 counters,
     * T 1/4 + 2/2 = 1.25.
     */
    private String center() {
        String c = StatsFixture.center("STAFF", "1,2,3,4,5");
        StatsFixture.service(c, "S", "A", 15, 12);
        StatsFixture.service(c, "T", "B", 15, 6);
        StatsFixture.counter(c, 1, "S", 3.0, "T", 1.0);
        StatsFixture.counter(c, 2, "S", 1.0);
        StatsFixture.counter(c, 3, "T", 2.0);
        return c;
    }

    /** 60 S tickets from 9:00 to 9:59 on that day, each waiting 1 minute and served in exactly 10 minutes. */
    private static List<Spec> sixtyAtNine(LocalDate day) {
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            specs.add(done("S", day.atTime(9, i), 1, 10));
        }
        return specs;
    }

    @Test
    void fourIdenticalWeeksOfSixtyArrivalsAnHourNeedTwelveCounters() {
        String c = center();
        for (int week = 1; week <= 4; week++) {
            fixture.write(c, sixtyAtNine(DATE.minusWeeks(week)));
        }
        JsonNode plan = staffing(c, "date=2026-03-31");
        assertThat(plan.get("date").asText()).isEqualTo("2026-03-31");
        assertThat(plan.get("weekday").asInt()).isEqualTo(2);
        // tickets in the weeks of 24, 17, 10 and 3 March; none in February
        assertThat(plan.get("weeksUsed").asInt()).isEqualTo(4);
        assertThat(plan.get("minWeeks").asInt()).isEqualTo(4);
        assertThat(plan.get("fewWeeks").asBoolean()).isFalse();
        assertThat(plan.get("goalPercent").asInt()).isEqualTo(90);
        assertThat(ints(plan.get("hours"))).containsExactly(7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

        JsonNode s = plan.get("services").get(0);
        assertThat(s.get("code").asText()).isEqualTo("S");
        assertThat(s.get("targetWaitMinutes").asInt()).isEqualTo(15);
        // the history's mean (240 services of 600 s), not the configured 12 minutes
        assertThat(s.get("meanServiceMinutes").asDouble()).isEqualTo(10.0);
        assertThat(s.get("plannedCounters").asDouble()).isEqualTo(1.75);
        JsonNode nine = s.get("hours").get(2);
        assertThat(nine.get("hour").asInt()).isEqualTo(9);
        // 4 x 60 arrivals / 4 weeks = 60 an hour of 10 minutes = 10 Erlangs; Erlang C for 15 minutes:
        // 11 counters call 1 - 0.6821 e^-(1 x 1.5) = 84.8% within, 12 counters 1 - 0.4494 e^-(2 x 1.5) = 97.8%
        assertHour(nine, 60.0, 12, 1.75);
        JsonNode eight = s.get("hours").get(1);
        assertThat(eight.get("forecastArrivals").asDouble()).isZero();
        assertThat(eight.get("countersNeeded").asInt()).isZero();

        JsonNode t = plan.get("services").get(1);
        // no finished T ticket: the configured 6 minutes
        assertThat(t.get("meanServiceMinutes").asDouble()).isEqualTo(6.0);
        assertThat(t.get("plannedCounters").asDouble()).isEqualTo(1.25);
        assertThat(t.get("hours").get(2).get("countersNeeded").asInt()).isZero();

        JsonNode total = plan.get("totals").get(2);
        assertThat(total.get("hour").asInt()).isEqualTo(9);
        assertThat(total.get("forecastArrivals").asDouble()).isEqualTo(60.0);
        assertThat(total.get("countersNeeded").asInt()).isEqualTo(12);
        assertThat(total.get("countersPlanned").asInt()).isEqualTo(3);
        assertThat(plan.get("totals").get(0).get("countersNeeded").asInt()).isZero();
    }

    @Test
    void aSameWeekdayWithoutTicketsIsLeftOutOfTheMean() {
        String c = center();
        // week of 24 March: 10 S tickets on Tuesday 24 at 8:00-8:09; week of 10 March: one T ticket on Friday 13
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            specs.add(done("S", LocalDate.of(2026, 3, 24).atTime(8, i), 2, 8));
        }
        specs.add(done("T", LocalDate.of(2026, 3, 13).atTime(10, 0), 2, 4));
        fixture.write(c, specs);
        JsonNode plan = staffing(c, "date=2026-03-31");
        // Tuesday 10 March had no ticket (the center was closed, or history had not begun): only 24 March counts
        assertThat(plan.get("weeksUsed").asInt()).isEqualTo(1);
        assertThat(plan.get("fewWeeks").asBoolean()).isTrue();
        // 10 arrivals at 8 / 1 Tuesday = 10.0; at 10 nothing on Tuesdays
        JsonNode s = plan.get("services").get(0);
        assertThat(s.get("hours").get(1).get("forecastArrivals").asDouble()).isEqualTo(10.0);
        // 10 an hour of 8 minutes = A 1.333 Erlangs. 2 counters: B = 0.889 / 3.222 = 0.276, C = 0.276 / (1 - 0.667
        // x 0.724) = 0.533, within 15 min 1 - 0.533 e^-(0.667 x 15/8) = 84.7% < 90%; 3 counters: B = 0.109,
        // C = 0.109 / (1 - 0.444 x 0.891) = 0.181, 1 - 0.181 e^-(1.667 x 1.875) = 99.2%
        assertThat(s.get("hours").get(1).get("countersNeeded").asInt()).isEqualTo(3);
        assertThat(s.get("meanServiceMinutes").asDouble()).isEqualTo(8.0);
        // T's service time comes from the Friday ticket (4 minutes) although its weekday is not forecast
        assertThat(plan.get("services").get(1).get("meanServiceMinutes").asDouble()).isEqualTo(4.0);
        assertThat(plan.get("services").get(1).get("hours").get(3).get("forecastArrivals").asDouble()).isZero();
    }

    @Test
    void withoutHistoryNothingIsForecastAndDateDefaultsToTomorrow() {
        String c = center();
        fixture.write(c, sixtyAtNine(LocalDate.of(2026, 1, 6)));
        // Monday 2026-03-30 10:00 in the center: tomorrow is Tuesday the 31st; the January Tuesday is 12 weeks back
        time.set(Instant.parse("2026-03-30T03:00:00Z"));
        JsonNode plan = staffing(c, "");
        assertThat(plan.get("date").asText()).isEqualTo("2026-03-31");
        assertThat(plan.get("weeksUsed").asInt()).isZero();
        assertThat(plan.get("fewWeeks").asBoolean()).isTrue();
        assertThat(plan.get("services").get(0).get("hours").get(2).get("forecastArrivals").asDouble()).isZero();
        assertThat(plan.get("services").get(0).get("meanServiceMinutes").asDouble()).isEqualTo(12.0);
        assertThat(plan.get("totals").get(2).get("countersNeeded").asInt()).isZero();
        assertThat(plan.get("totals").get(2).get("countersPlanned").asInt()).isEqualTo(3);
    }

    /**
     * Per week: S at 8:00 (1 ticket) and 9:00-9:50 (6), T at 10:00-10:48 (5) and 11:00-11:30 (2); S served in 10
     * minutes, T in 6. Counter 1 is open, counter 2 paused, counter 3 closed, counter 4 has no service.
     */
    @Test
    void aServiceIsShortInAnHourWhenItNeedsMoreCountersThanItsShare() {
        String c = center();
        StatsFixture.counter(c, 4);
        given().post("/api/centers/{c}/counters/1/open", c).then().statusCode(200);
        given().post("/api/centers/{c}/counters/2/open", c).then().statusCode(200);
        given().post("/api/centers/{c}/counters/2/pause", c).then().statusCode(200);
        for (int week = 1; week <= 4; week++) {
            LocalDate day = DATE.minusWeeks(week);
            List<Spec> specs = new ArrayList<>();
            specs.add(done("S", day.atTime(8, 0), 1, 10));
            for (int i = 0; i < 6; i++) {
                specs.add(done("S", day.atTime(9, 10 * i), 1, 10));
            }
            for (int i = 0; i < 5; i++) {
                specs.add(done("T", day.atTime(10, 12 * i), 1, 6));
            }
            specs.add(done("T", day.atTime(11, 0), 1, 6));
            specs.add(done("T", day.atTime(11, 30), 1, 6));
            fixture.write(c, specs);
        }
        JsonNode plan = staffing(c, "date=2026-03-31");
        JsonNode s = plan.get("services").get(0);
        JsonNode t = plan.get("services").get(1);
        // S: 1 an hour of 10 min is a = 1/6; 1 counter: C = a, 1 - 1/6 e^-(5/6 x 1.5) = 95.2%: needs 1 <= 1.75
        assertThat(s.get("hours").get(1).get("countersNeeded").asInt()).isEqualTo(1);
        assertThat(s.get("hours").get(1).get("countersPlanned").asDouble()).isEqualTo(1.75);
        // S: 6 an hour, a = 1; 2 counters: B = 0.2, C = 0.4 / 1.2 = 1/3, 1 - 1/3 e^-(1 x 1.5) = 92.6%: needs 2 > 1.75
        assertHour(s.get("hours").get(2), 6.0, 2, 1.75);
        // T: 5 an hour of 6 min, a = 0.5; 1 counter: 1 - 0.5 e^-(0.5 x 2.5) = 85.7%; 2 counters: C = 0.1,
        // 1 - 0.1 e^-(1.5 x 2.5) = 99.8%: needs 2 > 1.25
        assertHour(t.get("hours").get(3), 5.0, 2, 1.25);
        // T: 2 an hour, a = 0.2; 1 counter: 1 - 0.2 e^-(0.8 x 2.5) = 97.3%: needs 1 <= 1.25
        assertThat(t.get("hours").get(4).get("countersNeeded").asInt()).isEqualTo(1);
        assertThat(t.get("hours").get(4).get("countersPlanned").asDouble()).isEqualTo(1.25);
        // the center as a whole is not short at 9 (2 + 0 needed, 3 planned) although S is
        JsonNode totalNine = plan.get("totals").get(2);
        assertThat(totalNine.get("countersNeeded").asInt()).isEqualTo(2);
        // the open, paused and closed counters are planned; counter 4 serves nobody
        assertThat(totalNine.get("countersPlanned").asInt()).isEqualTo(3);
    }

    @Test
    void aForecastFromFewerThanFourWeeksIsFlagged() {
        String c = center();
        for (int week = 1; week <= 3; week++) {
            fixture.write(c, sixtyAtNine(DATE.minusWeeks(week)));
        }
        JsonNode three = staffing(c, "date=2026-03-31");
        assertThat(three.get("weeksUsed").asInt()).isEqualTo(3);
        assertThat(three.get("fewWeeks").asBoolean()).isTrue();
        fixture.write(c, sixtyAtNine(DATE.minusWeeks(8)));
        JsonNode four = staffing(c, "date=2026-03-31");
        assertThat(four.get("weeksUsed").asInt()).isEqualTo(4);
        assertThat(four.get("fewWeeks").asBoolean()).isFalse();
        assertThat(four.get("services").get(0).get("hours").get(2).get("forecastArrivals").asDouble()).isEqualTo(60.0);
    }

    @Test
    void badDateAndUnknownCenterAreRefused() {
        String c = center();
        given().get("/api/centers/{c}/stats/staffing?date=31/03/2026", c).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'date'"));
        given().get("/api/centers/NO-SUCH-CENTER/stats/staffing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static JsonNode staffing(String center, String query) {
        return StatsJson.get(center, "staffing", query);
    }

    /** One service hour of the plan: forecast arrivals, counters needed (Erlang C) and the service's planned share. */
    private static void assertHour(JsonNode hour, double arrivals, int needed, double planned) {
        assertThat(hour.get("forecastArrivals").asDouble()).as("arrivals at %s h", hour.get("hour")).isEqualTo(arrivals);
        assertThat(hour.get("countersNeeded").asInt()).as("needed at %s h", hour.get("hour")).isEqualTo(needed);
        assertThat(hour.get("countersPlanned").asDouble()).as("planned at %s h", hour.get("hour")).isEqualTo(planned);
    }
}
