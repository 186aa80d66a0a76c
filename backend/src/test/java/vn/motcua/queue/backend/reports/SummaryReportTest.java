package vn.motcua.queue.backend.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;
import vn.motcua.queue.backend.support.Users;

/**
 * Every figure of the summary of {@link ReportFixture} (2026-03-02..03), worked out by hand. Minutes are
 * seconds / 60; p90 is PERCENTILE_CONT(0.9): over n sorted waits, position 0.9 * (n - 1), interpolated.
 */
@QuarkusTest
class SummaryReportTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static ReportFixture fixture;

    @Inject
    TestTimeSource time;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = ReportFixture.create();
        }
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /*
     * Total, the same for every grouping: T1..T8 = 8 tickets; served T1 T2 T4 T6 = 4; called T1 T2 T3 T4 T6 T7
     * = 6, of which no-show (ever) T3 T6 = 2 -> 2/6 = 33.3 %; cancelled T5 T8 = 2; waits 10 20 30 5 12 18 ->
     * 95/6 = 15.83 -> 15.8; sorted 5 10 12 18 20 30, position 4.5 -> 20 + 0.5 * 10 = 25.0; service
     * 10 + 6.9 + 14.5 + 9 = 40.4 / 4 = 10.1; within own target T1 (10<=15) T4 (5<=20) T6 (12<=15) T7 (18<=20)
     * = 4/6 = 66.7 %.
     */
    private static final SummaryRow TOTAL = new SummaryRow("TOTAL", "Tổng cộng", 8, 4, 33.3, 2, 15.8, 25.0, 10.1, 66.7);

    @Test
    void byServiceInTheServicesSortOrderWithNeverCalledTickets() throws Exception {
        Summary s = summary("service");
        assertThat(s.by()).isEqualTo("service");
        assertThat(s.from()).isEqualTo(ReportFixture.DAY1);
        assertThat(s.to()).isEqualTo(ReportFixture.DAY2);
        assertThat(s.rows()).containsExactly(
                // DD: T1 T2 T3 T6; served T1 T2 T6; no-show T3 T6 of 4 called = 50 %; waits 10 20 30 12 -> 72/4 = 18.0;
                // sorted 10 12 20 30, position 2.7 -> 20 + 0.7 * 10 = 27.0; service (10 + 6.9 + 9) / 3 = 8.63 -> 8.6;
                // within 15: T1 T6 = 2/4 = 50 %
                new SummaryRow("DD", "Đất đai", 4, 3, 50.0, 0, 18.0, 27.0, 8.6, 50.0),
                // HT: T4 T5 T7; served T4; called T4 T7, no no-show = 0 %; cancelled T5; waits 5 18 -> 11.5;
                // position 0.9 -> 5 + 0.9 * 13 = 16.7; service 14.5; within 20: both = 100 %
                new SummaryRow("HT", ReportFixture.HT_NAME, 3, 1, 0.0, 1, 11.5, 16.7, 14.5, 100.0),
                // CT: T8 only, never called: every figure that needs a call is null
                new SummaryRow("CT", ReportFixture.CT_NAME, 1, 0, null, 1, null, null, null, null));
        assertThat(s.total()).isEqualTo(TOTAL);
    }

    @Test
    void byCounterAttributesToTheCounterThatFinishedElseMarkedNoShowElseFirstCalled() throws Exception {
        Summary s = summary("counter");
        assertThat(s.rows()).containsExactly(
                // 1: T1 (finished there), T3 (no-show there), T6 (finished there, though first called at 10);
                // no-show T3 T6 = 2/3 = 66.7 %; waits 10 30 12 -> 52/3 = 17.3; sorted 10 12 30, position 1.8 ->
                // 12 + 0.8 * 18 = 26.4; service (10 + 9) / 2 = 9.5; within T1 T6 = 2/3 = 66.7 %
                new SummaryRow("1", "Quầy số 1", 3, 2, 66.7, 0, 17.3, 26.4, 9.5, 66.7),
                // 2: T2 T4 both finished; waits 20 5 -> 12.5; 5 + 0.9 * 15 = 18.5; service (6.9 + 14.5) / 2 = 10.7;
                // within T4 only (T2 20 > 15) = 50 %
                new SummaryRow("2", "Quầy số 2", 2, 2, 0.0, 0, 12.5, 18.5, 10.7, 50.0),
                // 10 (after 2: by number, not as text): T7, only called there; wait 18 <= 20 = 100 %
                new SummaryRow("10", "Quầy số 10", 1, 0, 0.0, 0, 18.0, 18.0, null, 100.0));
        assertThat(s.total()).as("the never-called T5 and T8 count in the total only").isEqualTo(TOTAL);
    }

    @Test
    void byClerkInVietnameseOrderOfTheirNamesWithTheUnknownClerkLast() throws Exception {
        Summary s = summary("clerk");
        assertThat(s.rows()).containsExactly(
                // C (no display name, shown by username "clerk-..." which sorts before "Lê"): T2 T4 T6 (finished T6
                // although L marked it no-show first); no-show T6 = 1/3 = 33.3 %; waits 20 5 12 -> 37/3 = 12.3;
                // sorted 5 12 20, position 1.8 -> 12 + 0.8 * 8 = 18.4; service (6.9 + 14.5 + 9) / 3 = 10.13 -> 10.1;
                // within T4 T6 = 2/3 = 66.7 %
                new SummaryRow(fixture.clerkC, fixture.clerkC, 3, 3, 33.3, 0, 12.3, 18.4, 10.1, 66.7),
                // L: T1 (finished), T3 (no-show); 1/2 = 50 %; waits 10 30 -> 20.0; 10 + 0.9 * 20 = 28.0; service 10.0;
                // within T1 = 50 %
                new SummaryRow(fixture.clerkL, ReportFixture.CLERK_L_NAME, 2, 1, 50.0, 0, 20.0, 28.0, 10.0, 50.0),
                // T7: called, then nobody finished it or marked it no-show
                new SummaryRow(null, "(không rõ)", 1, 0, 0.0, 0, 18.0, 18.0, null, 100.0));
        assertThat(s.total()).isEqualTo(TOTAL);
    }

    @Test
    void aTicketBelongsToTheCounterOfItsFirstCallAndToTheCounterAndClerkOfItsLastNoShow() throws Exception {
        // T9: first called at 10, called again at 1, never finished or marked no-show -> counter 10, clerk unknown;
        // wait 10 <= 15. T10: no-show at 10 by L, then at 2 by C -> counter 2 and clerk C; wait 5, 1 no-show of
        // 1 called = 100 %. (Not counter 1 for T9, the lowest number that called it, nor counter 10 and clerk L
        // for T10, the highest number and the greatest username of its no-shows.)
        assertThat(summaryOf(ReportFixture.ATTRIBUTION_DAY, "counter").rows()).containsExactly(
                new SummaryRow("2", "Quầy số 2", 1, 0, 100.0, 0, 5.0, 5.0, null, 100.0),
                new SummaryRow("10", "Quầy số 10", 1, 0, 0.0, 0, 10.0, 10.0, null, 100.0));
        assertThat(summaryOf(ReportFixture.ATTRIBUTION_DAY, "clerk").rows()).containsExactly(
                new SummaryRow(fixture.clerkC, fixture.clerkC, 1, 0, 100.0, 0, 5.0, 5.0, null, 100.0),
                new SummaryRow(null, "(không rõ)", 1, 0, 0.0, 0, 10.0, 10.0, null, 100.0));
    }

    @Test
    void aRangeOfOneDayCountsOnlyTheTicketsIssuedThatLocalDay() throws Exception {
        // 2026-03-02: T1..T5; T1 was issued at 06:50 local = 23:50 UTC the day before. Served T1 T2 T4; called
        // T1..T4, no-show T3 = 1/4 = 25 %; cancelled T5; waits 10 20 30 5 -> 65/4 = 16.25 -> 16.3; sorted
        // 5 10 20 30, position 2.7 -> 20 + 0.7 * 10 = 27.0; service (10 + 6.9 + 14.5) / 3 = 10.47 -> 10.5;
        // within T1 T4 = 2/4 = 50 %
        Summary s = read(given().queryParam("from", "2026-03-02").queryParam("to", "2026-03-02")
                .get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(200).extract().asString());
        assertThat(s.total()).isEqualTo(new SummaryRow("TOTAL", "Tổng cộng", 5, 3, 25.0, 1, 16.3, 27.0, 10.5, 50.0));
        assertThat(s.rows()).extracting(SummaryRow::key).containsExactly("DD", "HT");
    }

    @Test
    void anEmptyRangeHasNoRowsAndATotalWithoutFigures() throws Exception {
        Summary s = read(given().queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .queryParam("by", "clerk").get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(200).extract().asString());
        assertThat(s.rows()).isEmpty();
        assertThat(s.total()).isEqualTo(new SummaryRow("TOTAL", "Tổng cộng", 0, 0, null, 0, null, null, null, null));
    }

    @Test
    void missingDatesMeanTheFourWeeksUpToTodayInTheCentersCalendar() {
        // 2026-03-03 20:00 UTC is already 2026-03-04 03:00 in Ho Chi Minh City: to = 03-04, from = 03-04 - 27 days
        time.set(Instant.parse("2026-03-03T20:00:00Z"));
        given().get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(200)
                .body("from", equalTo("2026-02-05")).body("to", equalTo("2026-03-04")).body("by", equalTo("service"))
                // T1..T8 and the 03-04 ticket
                .body("total.tickets", equalTo(9));
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        bad("by", "week", "'by'");
        bad("from", "2026-3-2", "'from'");
        bad("to", "tomorrow", "'to'");
        given().queryParam("from", "2026-03-03").queryParam("to", "2026-03-02")
                .get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'from'"));
        // 2024 is a leap year: 01-01..12-31 is 366 days and allowed, one more day is not
        given().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(200);
        given().queryParam("from", "2024-01-01").queryParam("to", "2025-01-01")
                .get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(400)
                .body("detail", containsString("366"));
        for (String path : new String[] {"summary.csv", "tickets.csv", "summary.xlsx"}) {
            given().queryParam("from", "2026-03-03").queryParam("to", "2026-03-02")
                    .get("/api/centers/{c}/reports/" + path, fixture.center).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().queryParam("by", "week").get("/api/centers/{c}/reports/summary.csv", fixture.center).then()
                .statusCode(400).body("detail", containsString("'by'"));
    }

    @Test
    void aSupervisorOfTheCenterMayReadItsReportsAndOnlyThose() {
        String supervisor = Users.create("SUPERVISOR", fixture.center);
        Users.as(supervisor).queryParam("from", "2026-03-02").queryParam("to", "2026-03-03")
                .get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(200)
                .body("total.tickets", equalTo(8));
        String elsewhere = Users.create("SUPERVISOR", TestCenter.create("RPS").code);
        // refused before the bad parameter is looked at
        Users.as(elsewhere).queryParam("by", "week").get("/api/centers/{c}/reports/summary", fixture.center).then()
                .statusCode(403);
        Users.as(Users.create("CLERK", fixture.center)).get("/api/centers/{c}/reports/tickets.csv", fixture.center)
                .then().statusCode(403);
    }

    @Test
    void anUnknownCenterIsNotFound() {
        for (String path : new String[] {"summary", "summary.csv", "tickets.csv", "summary.xlsx"}) {
            given().queryParam("by", "week").get("/api/centers/NO-SUCH-CENTER/reports/" + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    private static void bad(String param, String value, String named) {
        given().queryParam(param, value).get("/api/centers/{c}/reports/summary", fixture.center).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString(named));
    }

    private static Summary summary(String by) throws Exception {
        return read(given().queryParam("from", "2026-03-02").queryParam("to", "2026-03-03").queryParam("by", by)
                .get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(200)
                .contentType("application/json").extract().asString());
    }

    private static Summary summaryOf(LocalDate day, String by) throws Exception {
        return read(given().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("by", by)
                .get("/api/centers/{c}/reports/summary", fixture.center).then().statusCode(200).extract().asString());
    }

    private static Summary read(String json) throws Exception {
        return JSON.readValue(json, Summary.class);
    }
}
