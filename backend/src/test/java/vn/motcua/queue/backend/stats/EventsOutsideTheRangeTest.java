package vn.motcua.queue.backend.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.queue.backend.stats.StatsFixture.Spec.done;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heatmap and the staffing plan read the tickets near their range only (TicketStatNear), and still count
 * exactly the tickets issued on the range's local days (Asia/Ho_Chi_Minh, UTC+7): a ticket issued just after
 * local midnight on the first day (the day before in UTC) or late on the last evening counts; a ticket issued
 * the evening before the range and called inside it, one issued just after the range (still its last day in
 * UTC), one issued long before and called inside the range, and older history do not change anything.
 */
@QuarkusTest
class EventsOutsideTheRangeTest {

    private static final double DAY_MINUTES = 24 * 60;

    @Inject
    StatsFixture fixture;

    @Test
    void theHeatmapOfAWeekCountsTheTicketsIssuedOnItsLocalDaysOnly() {
        String center = StatsFixture.center("NEAR", "1,2,3,4,5");
        StatsFixture.service(center, "S", "A", 15, 10);
        // the week 2026-03-02 (Monday) .. 03-08 (Sunday)
        fixture.write(center, List.of(done("S", at(2, 0, 5), 7, 10), done("S", at(2, 8, 10), 5, 10),
                done("S", at(8, 23, 30), 20, 10)));
        String[] queries = {"rows=service&metric=avg_wait", "rows=service&metric=arrivals",
                "rows=weekday&metric=p90_wait", "rows=weekday&metric=within_target", "rows=weekday&metric=arrivals"};
        JsonNode[] before = heatmaps(center, queries);

        fixture.write(center, List.of(
                // Sunday 1 March 23:50, called on Monday 00:30
                done("S", at(1, 23, 50), 40, 10),
                // Monday 9 March 00:10 = 8 March 17:10 UTC
                done("S", at(9, 0, 10), 3, 10),
                // issued 19 February, called on Tuesday 3 March 09:00
                done("S", LocalDateTime.of(2026, 2, 19, 9, 0), 12 * DAY_MINUTES, 10),
                done("S", LocalDateTime.of(2025, 3, 3, 8, 0), 40, 10),
                done("S", LocalDateTime.of(2026, 2, 23, 23, 30), 30, 10)));

        assertThat(heatmaps(center, queries)).containsExactly(before);
        JsonNode wait = before[0];
        // 00:05 on the first day and 23:30 on the last count, each alone in its hour
        assertThat(cell(wait, 0)).isEqualTo(7.0);
        assertThat(cell(wait, 8)).isEqualTo(5.0);
        assertThat(cell(wait, 23)).isEqualTo(20.0);
        assertThat(cell(wait, 9)).isNull();
        assertThat(before[1].get("counts").get(0).get(column(before[1], 23)).asInt()).isEqualTo(1);
    }

    @Test
    void theStaffingPlanReadsTheEightWeeksBeforeTheDateOnly() {
        String center = StatsFixture.center("NEARST", "1,2,3,4,5");
        StatsFixture.service(center, "S", "A", 15, 12);
        StatsFixture.counter(center, 1, "S", 1.0);
        // for Tuesday 31 March: the eight weeks from Tuesday 3 February to Monday 30 March
        LocalDateTime firstDay = LocalDateTime.of(2026, 2, 3, 0, 5);
        fixture.write(center, List.of(done("S", firstDay, 1, 12), done("S", at(24, 9, 0), 1, 10),
                done("S", at(30, 23, 30), 1, 20)));
        JsonNode before = StatsJson.get(center, "staffing", "date=2026-03-31");

        fixture.write(center, List.of(
                // Monday 2 February 23:50, served on the 3rd
                done("S", LocalDateTime.of(2026, 2, 2, 23, 50), 20, 30),
                // the date itself: 00:10 = 30 March 17:10 UTC
                done("S", at(31, 0, 10), 1, 40),
                // a Tuesday a week before the first, and one a year before
                done("S", firstDay.minusWeeks(1), 1, 50),
                done("S", LocalDateTime.of(2025, 3, 25, 9, 0), 1, 50)));

        JsonNode after = StatsJson.get(center, "staffing", "date=2026-03-31");
        assertThat(after).isEqualTo(before);
        // Tuesdays 3 February and 24 March; services of 12, 10 and 20 minutes
        assertThat(before.get("weeksUsed").asInt()).isEqualTo(2);
        assertThat(before.get("services").get(0).get("meanServiceMinutes").asDouble()).isEqualTo(14.0);
    }

    private static JsonNode[] heatmaps(String center, String[] queries) {
        JsonNode[] maps = new JsonNode[queries.length];
        for (int i = 0; i < queries.length; i++) {
            maps[i] = StatsJson.get(center, "heatmap", queries[i] + "&from=2026-03-02&to=2026-03-08");
        }
        return maps;
    }

    /** The first row's cell at an hour; null when empty. */
    private static Double cell(JsonNode heatmap, int hour) {
        JsonNode value = heatmap.get("cells").get(0).get(column(heatmap, hour));
        return value.isNull() ? null : value.asDouble();
    }

    private static int column(JsonNode heatmap, int hour) {
        List<Integer> columns = StatsJson.ints(heatmap.get("columns"));
        assertThat(columns).contains(hour);
        return columns.indexOf(hour);
    }

    private static LocalDateTime at(int marchDay, int hour, int minute) {
        return LocalDateTime.of(2026, 3, marchDay, hour, minute);
    }
}
