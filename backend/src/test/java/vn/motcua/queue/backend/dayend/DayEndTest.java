package vn.motcua.queue.backend.dayend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;

/** Closing time expires what is left and numbering restarts the next center-local day. */
@QuarkusTest
class DayEndTest {

    @Inject
    TestTimeSource time;
    @Inject
    DayEnd dayEnd;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void waitingAndCalledTicketsExpireAtClosingAndNumberingRestartsNextDay() {
        TestCenter c = TestCenter.create("DAY").service("S", "A").counter(1, "S");
        given().contentType(ContentType.JSON).body(Map.of("opensAt", "07:30", "closesAt", "17:00"))
                .put("/api/admin/centers/{c}", c.code).then().statusCode(200);
        time.set(Instant.parse("2026-12-01T03:00:00Z")); // 10:00 in Ho Chi Minh City
        String called = c.issueId("S");
        time.advance(java.time.Duration.ofMinutes(1));
        String waiting = c.issueId("S");
        time.advance(java.time.Duration.ofMinutes(1));
        String alsoWaiting = c.issueId("S");
        c.next(1).then().body("id", equalTo(called));
        time.set(Instant.parse("2026-12-01T09:59:00Z")); // 16:59, still open
        assertThat(dayEnd.expire(c.code)).isZero();
        time.set(Instant.parse("2026-12-01T10:00:00Z")); // 17:00, closing
        assertThat(dayEnd.expire(c.code)).isEqualTo(3);
        given().get("/api/tickets/{id}", called).then().body("status", equalTo("EXPIRED"));
        given().get("/api/tickets/{id}", waiting).then().body("status", equalTo("EXPIRED"));
        given().get("/api/tickets/{id}", alsoWaiting).then().body("status", equalTo("EXPIRED"));
        c.next(1).then().statusCode(204);
        time.set(Instant.parse("2026-12-02T00:30:00Z")); // 07:30 next day
        c.issue("S").then().statusCode(201).body("number", equalTo("A001"));
    }

    @Test
    void aMissedClosingIsMadeUpNextMorningWithoutTouchingTodaysLine() {
        TestCenter c = TestCenter.create("MISSED").service("S", "A");
        time.set(Instant.parse("2026-12-01T09:00:00Z")); // 16:00 on Dec 1st; the backend then stops until morning
        String yesterdays = c.issueId("S");
        time.set(Instant.parse("2026-12-02T01:00:00Z")); // 08:00 on Dec 2nd, open again
        String todays = c.issueId("S");
        assertThat(dayEnd.expire(c.code)).isEqualTo(1);
        given().get("/api/tickets/{id}", yesterdays).then().body("status", equalTo("EXPIRED"));
        given().get("/api/tickets/{id}", todays).then().body("status", equalTo("WAITING"));
        assertThat(dayEnd.expire(c.code)).isZero();
        c.counter(1, "S");
        c.next(1).then().body("id", equalTo(todays)); // the line still counts only today's ticket
    }

    @Test
    void theDayFollowsTheCentersTimeZoneNotUtc() {
        TestCenter c = TestCenter.create("TZ").service("S", "A");
        time.set(Instant.parse("2026-12-01T16:30:00Z")); // 23:30 on Dec 1st in Ho Chi Minh City
        c.issue("S").then().body("number", equalTo("A001"));
        time.set(Instant.parse("2026-12-01T17:30:00Z")); // 00:30 on Dec 2nd there, still Dec 1st in UTC
        c.issue("S").then().body("number", equalTo("A001"));
        given().get("/api/centers/{c}/tickets?date=2026-12-02", c.code).then().body("size()", equalTo(1));
    }

    @Test
    void aServiceCanStartItsSeriesAtAConfiguredNumber() {
        TestCenter c = TestCenter.create("START").service("S", "A");
        given().contentType(ContentType.JSON).body(Map.of("startNumber", 100))
                .put("/api/admin/centers/{c}/services/S", c.code).then().statusCode(200);
        c.issue("S").then().body("number", equalTo("A100"));
        c.issue("S").then().body("number", equalTo("A101"));
    }
}
