package vn.motcua.queue.backend.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.queue.backend.stats.StatsFixture.Spec.cancelled;
import static vn.motcua.queue.backend.stats.StatsFixture.Spec.done;
import static vn.motcua.queue.backend.stats.StatsFixture.Spec.noShow;
import static vn.motcua.queue.backend.stats.StatsJson.ints;
import static vn.motcua.queue.backend.stats.StatsJson.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;

/**
 * The heatmap over a hand-made week (center open 07:30-17:00 Monday-Friday, so columns 7..16, plus 17 where a
 * ticket was issued after closing). Services S (target 15), T (target 10) and U (target 15, no tickets):
 * <pre>
 * Mon 2026-03-02  S 08:10 wait 5 done | S 08:20 wait 20 done | S 08:40 wait 10 no-show | S 08:50 cancelled
 *                 T 09:05 wait 12 done
 * Tue 2026-03-03  S 08:15 wait 30 done | T 09:30 wait 6 done | S 17:20 wait 2 done
 * Wed 2026-03-04  nothing
 * Thu 2026-03-05  T 14:00 wait 8 done
 * </pre>
 * Days with tickets in 2026-03-02..08: Mon, Tue, Thu = 3.
 */
@QuarkusTest
class HeatmapApiTest {

    private static final String WEEK = "from=2026-03-02&to=2026-03-08";

    @Inject
    StatsFixture fixture;
    @Inject
    TestTimeSource time;

    private String center;

    @BeforeEach
    void week() {
        center = StatsFixture.center("HEAT", "1,2,3,4,5");
        StatsFixture.service(center, "S", "A", 15, 10);
        StatsFixture.service(center, "T", "B", 10, 10);
        StatsFixture.service(center, "U", "C", 15, 10);
        fixture.write(center, List.of(
                done("S", at(2, 8, 10), 5, 10), done("S", at(2, 8, 20), 20, 10), noShow("S", at(2, 8, 40), 10),
                cancelled("S", at(2, 8, 50), 25), done("T", at(2, 9, 5), 12, 10),
                done("S", at(3, 8, 15), 30, 10), done("T", at(3, 9, 30), 6, 10), done("S", at(3, 17, 20), 2, 5),
                done("T", at(5, 14, 0), 8, 10)));
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void averageWaitByServiceAndHour() {
        JsonNode h = heatmap("rows=service&metric=avg_wait&" + WEEK);
        assertThat(h.get("from").asText()).isEqualTo("2026-03-02");
        assertThat(h.get("to").asText()).isEqualTo("2026-03-08");
        assertThat(ints(h.get("columns"))).containsExactly(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(texts(h.get("rowKeys"))).containsExactly("S", "T", "U");
        assertThat(texts(h.get("rows"))).containsExactly("Dịch vụ S", "Dịch vụ T", "Dịch vụ U");
        assertThat(ints(h.get("rowTargets"))).containsExactly(15, 10, 15);
        // S at 8: called waits 5, 20, 10, 30 (the cancelled ticket was never called) -> 65 / 4 = 16.25 -> 16.3
        // S at 17: 2; T at 9: (12 + 6) / 2 = 9; T at 14: 8
        assertThat(row(h, "cells", 0)).isEqualTo(hours(8, 16.3, 17, 2.0));
        assertThat(row(h, "cells", 1)).isEqualTo(hours(9, 9.0, 14, 8.0));
        assertThat(row(h, "cells", 2)).isEqualTo(hours());
        // counts are the called tickets behind each cell
        assertThat(row(h, "counts", 0)).isEqualTo(hours(8, 4.0, 17, 1.0, 0.0));
        assertThat(row(h, "counts", 2)).isEqualTo(hours(0.0));
        assertThat(h.get("metric").asText()).isEqualTo("avg_wait");
        assertThat(h.get("unit").asText()).isEqualTo("minutes");
        // targets 15, 10, 15: the most common is 15
        assertThat(h.get("targetWaitMinutes").asInt()).isEqualTo(15);
        assertThat(h.get("goal").asInt()).isEqualTo(15);
        assertThat(h.get("higherIsBetter").asBoolean()).isFalse();
    }

    @Test
    void ninetiethPercentileWaitInterpolatesLinearly() {
        JsonNode h = heatmap("metric=p90_wait&" + WEEK);
        // S at 8: waits sorted 5, 10, 20, 30 min; rank 0.9 x (4 - 1) = 2.7 -> 20 + 0.7 x (30 - 20) = 27.0
        // T at 9: 6, 12; rank 0.9 -> 6 + 0.9 x 6 = 11.4
        assertThat(row(h, "cells", 0)).isEqualTo(hours(8, 27.0, 17, 2.0));
        assertThat(row(h, "cells", 1)).isEqualTo(hours(9, 11.4, 14, 8.0));
        assertThat(h.get("unit").asText()).isEqualTo("minutes");
    }

    @Test
    void withinTargetUsesEachServicesTarget() {
        JsonNode h = heatmap("metric=within_target&rows=service&" + WEEK);
        // S at 8 (target 15): 5 and 10 within of 4 called = 50.0; T at 9 (target 10): 6 within, 12 not = 50.0
        assertThat(row(h, "cells", 0)).isEqualTo(hours(8, 50.0, 17, 100.0));
        assertThat(row(h, "cells", 1)).isEqualTo(hours(9, 50.0, 14, 100.0));
        assertThat(h.get("unit").asText()).isEqualTo("percent");
        assertThat(h.get("goal").asInt()).isEqualTo(90);
        assertThat(h.get("higherIsBetter").asBoolean()).isTrue();
    }

    @Test
    void arrivalsAreMeanTicketsPerDayWithTickets() {
        JsonNode h = heatmap("metric=arrivals&" + WEEK);
        // S at 8: 5 tickets (the no-show and the cancelled one count) over 3 days = 1.67 -> 1.7; S at 17: 1/3
        // T at 9: 2/3 = 0.7; T at 14: 1/3 = 0.3
        assertThat(row(h, "cells", 0)).isEqualTo(hours(8, 1.7, 17, 0.3));
        assertThat(row(h, "cells", 1)).isEqualTo(hours(9, 0.7, 14, 0.3));
        assertThat(row(h, "counts", 0)).isEqualTo(hours(8, 5.0, 17, 1.0, 0.0));
        assertThat(h.get("unit").asText()).isEqualTo("tickets");
        assertThat(h.get("goal").isNull()).isTrue();
    }

    @Test
    void weekdayRowsAreTheOpenDays() {
        JsonNode h = heatmap("rows=weekday&metric=within_target&" + WEEK);
        assertThat(texts(h.get("rowKeys"))).containsExactly("1", "2", "3", "4", "5");
        assertThat(texts(h.get("rows"))).containsExactly("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu");
        assertThat(ints(h.get("rowTargets"))).containsExactly(15, 15, 15, 15, 15);
        // Monday 8: S waits 5, 20, 10 -> 2 of 3 within 15 = 66.7; Monday 9: T waited 12 > its target 10 -> 0.0
        assertThat(row(h, "cells", 0)).isEqualTo(hours(8, 66.7, 9, 0.0));
        // Tuesday 8: S 30 -> 0.0; 9: T 6 -> 100.0; 17: S 2 -> 100.0
        assertThat(row(h, "cells", 1)).isEqualTo(hours(8, 0.0, 9, 100.0, 17, 100.0));
        assertThat(row(h, "cells", 2)).isEqualTo(hours());
        assertThat(row(h, "cells", 3)).isEqualTo(hours(14, 100.0));
        assertThat(row(h, "cells", 4)).isEqualTo(hours());

        JsonNode wait = heatmap("rows=weekday&metric=avg_wait&" + WEEK);
        // Monday 8: (5 + 20 + 10) / 3 = 11.67 -> 11.7
        assertThat(row(wait, "cells", 0)).isEqualTo(hours(8, 11.7, 9, 12.0));
        JsonNode p90 = heatmap("rows=weekday&metric=p90_wait&" + WEEK);
        // Monday 8: 5, 10, 20; rank 0.9 x 2 = 1.8 -> 10 + 0.8 x 10 = 18.0
        assertThat(row(p90, "cells", 0)).isEqualTo(hours(8, 18.0, 9, 12.0));
    }

    @Test
    void weekdayArrivalsAreMeanOverThatWeekdaysDatesWithTickets() {
        // two weeks: the Mondays 2 and 9 March; only the 2nd has tickets at 8 (4 of them), the 9th one at 10
        fixture.write(center, List.of(done("T", at(9, 10, 0), 1, 10)));
        JsonNode h = heatmap("rows=weekday&metric=arrivals&from=2026-03-02&to=2026-03-15");
        // Monday dates with tickets: 2 and 9 March -> 4 / 2 = 2.0 at 8, 1 / 2 = 0.5 at 9 and at 10
        assertThat(row(h, "cells", 0)).isEqualTo(hours(8, 2.0, 9, 0.5, 10, 0.5));
        // Tuesday: only the 3rd had tickets -> 1 / 1 at 8, 9 and 17
        assertThat(row(h, "cells", 1)).isEqualTo(hours(8, 1.0, 9, 1.0, 17, 1.0));
        assertThat(row(h, "counts", 0)).isEqualTo(hours(8, 4.0, 9, 1.0, 10, 1.0, 0.0));
    }

    @Test
    void weekdayRowsKeepADayTheCenterNoLongerOpensOn() {
        // a Saturday from when the center still opened on Saturdays (open days can change; tickets stay)
        fixture.write(center, List.of(done("S", at(7, 9, 0), 4, 10)));
        JsonNode h = heatmap("rows=weekday&metric=arrivals&" + WEEK);
        assertThat(texts(h.get("rowKeys"))).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(texts(h.get("rows")).get(5)).isEqualTo("Thứ Bảy");
        assertThat(row(h, "cells", 5)).isEqualTo(hours(9, 1.0));
        // by service, over the 4 days with tickets: S has 5 at 8, that Saturday's 1 at 9 and 1 at 17
        assertThat(row(heatmap("metric=arrivals&" + WEEK), "cells", 0)).isEqualTo(hours(8, 1.3, 9, 0.3, 17, 0.3));
    }

    @Test
    void rowsAndMetricAreReadInAnyCase() {
        JsonNode h = heatmap("rows=WeekDay&metric=WITHIN_TARGET&" + WEEK);
        assertThat(texts(h.get("rowKeys"))).containsExactly("1", "2", "3", "4", "5");
        assertThat(h.get("metric").asText()).isEqualTo("within_target");
        assertThat(row(h, "cells", 0)).isEqualTo(hours(8, 66.7, 9, 0.0));
    }

    @Test
    void ticketsOutsideTheRangeAreLeftOut() {
        JsonNode h = heatmap("metric=arrivals&from=2026-03-03&to=2026-03-04");
        // only Tuesday (the one day with tickets): S 08:15 and 17:20, T 09:30
        assertThat(row(h, "cells", 0)).isEqualTo(hours(8, 1.0, 17, 1.0));
        assertThat(row(h, "cells", 1)).isEqualTo(hours(9, 1.0));
    }

    @Test
    void ticketsCalledThroughTheApiCount() {
        TestCenter c = TestCenter.create("HEATAPI").service("S", "A").counter(1, "S");
        // 2026-03-10 09:00 in Asia/Ho_Chi_Minh (UTC+7); called 7 minutes later
        time.set(Instant.parse("2026-03-10T02:00:00Z"));
        c.issueId("S");
        time.advance(Duration.ofMinutes(7));
        c.next(1).then().statusCode(200);
        JsonNode h = StatsJson.get(c.code, "heatmap", "metric=avg_wait&from=2026-03-10&to=2026-03-10");
        // open round the clock: only the hours that have data are columns, here 9
        assertThat(ints(h.get("columns"))).containsExactly(9);
        assertThat(row(h, "cells", 0).get(0)).isEqualTo(7.0);
        assertThat(row(h, "counts", 0).get(0)).isEqualTo(1.0);
    }

    @Test
    void defaultsToTheLastFourWeeksToTodayAndAverageWaitByService() {
        // 2026-03-31 02:00 UTC is 09:00 on 31 March in the center
        time.set(Instant.parse("2026-03-31T02:00:00Z"));
        JsonNode h = heatmap("");
        assertThat(h.get("to").asText()).isEqualTo("2026-03-31");
        assertThat(h.get("from").asText()).isEqualTo("2026-03-04");
        assertThat(h.get("metric").asText()).isEqualTo("avg_wait");
        assertThat(texts(h.get("rowKeys"))).containsExactly("S", "T", "U");
        // from only: to is today; to only: from is 27 days before
        assertThat(heatmap("from=2026-03-02").get("to").asText()).isEqualTo("2026-03-31");
        assertThat(heatmap("to=2026-03-28").get("from").asText()).isEqualTo("2026-03-01");
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        bad("rows=counter", "'rows'");
        bad("metric=median", "'metric'");
        bad("from=2026-3-2", "'from'");
        bad("to=yesterday", "'to'");
        bad("from=2026-03-09&to=2026-03-08", "'from'");
        // 2025-03-01..2026-03-02 is 367 days; one day less is allowed
        bad("from=2025-03-01&to=2026-03-02", "366");
        given().get("/api/centers/{c}/stats/heatmap?from=2025-03-02&to=2026-03-02", center).then().statusCode(200);
    }

    @Test
    void datesOutsideTheYears2000To2100AreRefusedNamingTheField() {
        bad("from=-999999999-01-01&to=2026-03-08", "'from'");
        bad("from=1999-12-31&to=2000-01-01", "'from'");
        bad("to=2101-01-01", "'to'");
        given().get("/api/centers/{c}/stats/heatmap?from=2000-01-01&to=2000-01-31", center).then().statusCode(200);
        given().get("/api/centers/{c}/stats/heatmap?from=2100-12-01&to=2100-12-31", center).then().statusCode(200);
        // the same days for staffing and reports
        refused("/stats/staffing?date=-999999999-01-01", "'date'");
        refused("/stats/staffing?date=2101-01-01", "'date'");
        refused("/reports/summary?from=-999999999-01-01", "'from'");
        refused("/reports/tickets.csv?to=9999-12-31", "'to'");
        refused("/reports/summary.xlsx?from=1900-01-01&to=2026-03-08", "'from'");
    }

    @Test
    void unknownCenterIsNotFound() {
        given().get("/api/centers/NO-SUCH-CENTER/stats/heatmap").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private void bad(String query, String mentions) {
        refused("/stats/heatmap?" + query, mentions);
    }

    /** A GET of the center's {@code path} is a 400 problem whose detail mentions {@code mentions}. */
    private void refused(String path, String mentions) {
        given().get("/api/centers/{c}" + path, center).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", containsString(mentions));
    }

    private JsonNode heatmap(String query) {
        return StatsJson.get(center, "heatmap", query);
    }

    private static LocalDateTime at(int marchDay, int hour, int minute) {
        return LocalDateTime.of(2026, 3, marchDay, hour, minute);
    }

    /** A row of cells or counts as numbers (null stays null). */
    private static List<Double> row(JsonNode h, String field, int index) {
        List<Double> values = new ArrayList<>();
        h.get(field).get(index).forEach(n -> values.add(n.isNull() ? null : n.asDouble()));
        return values;
    }

    /**
     * The expected row over columns 7..17: pairs of (hour, value), then optionally the value of every other
     * column (default null), e.g. {@code hours(8, 16.3, 17, 2.0)}.
     */
    private static List<Double> hours(double... pairsThenRest) {
        int pairs = pairsThenRest.length / 2;
        Double rest = pairsThenRest.length % 2 == 1 ? pairsThenRest[pairsThenRest.length - 1] : null;
        Double[] row = new Double[11];
        Arrays.fill(row, rest);
        for (int i = 0; i < pairs; i++) {
            row[(int) pairsThenRest[2 * i] - 7] = pairsThenRest[2 * i + 1];
        }
        return Arrays.asList(row);
    }
}
