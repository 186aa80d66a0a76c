package vn.motcua.queue.backend.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;

/** Reports over tickets that went through the real API (kiosk issue with a phone, call, start, finish, cancel). */
@QuarkusTest
class ReportsThroughTheApiTest {

    @Inject
    TestTimeSource time;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /**
     * 2026-04-06 (Monday), Ho Chi Minh City time: A001 issued 08:00 with a phone, called 08:05, started 08:06,
     * finished 08:15; A002 issued 08:01 with a phone, cancelled 08:16 while waiting. The admin (display name
     * "Quản trị hệ thống") works counter 1.
     */
    private TestCenter servedAndCancelled() {
        TestCenter c = TestCenter.create("RPA").service("S", "A").counter(1, "S");
        Instant eight = Instant.parse("2026-04-06T01:00:00Z");
        time.set(eight);
        String served = c.issue(Map.of("service", "S", "phone", "0912345678")).then().statusCode(201)
                .extract().path("id");
        time.set(eight.plus(Duration.ofMinutes(1)));
        String cancelled = c.issue(Map.of("service", "S", "phone", "0912000111")).then().statusCode(201)
                .extract().path("id");
        time.set(eight.plus(Duration.ofMinutes(5)));
        c.next(1).then().statusCode(200).body("id", equalTo(served));
        time.set(eight.plus(Duration.ofMinutes(6)));
        TestCenter.act(served, "start").then().statusCode(200);
        time.set(eight.plus(Duration.ofMinutes(15)));
        TestCenter.act(served, "finish").then().statusCode(200);
        time.set(eight.plus(Duration.ofMinutes(16)));
        TestCenter.act(cancelled, "cancel").then().statusCode(200);
        return c;
    }

    @Test
    void ticketsCsvShowsNoPhoneNumberEvenWhenTheTicketHadOne() {
        TestCenter c = servedAndCancelled();
        byte[] bytes = given().queryParam("from", "2026-04-06").queryParam("to", "2026-04-06")
                .get("/api/centers/{c}/reports/tickets.csv", c.code).then().statusCode(200).extract().asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("A001,S,Dịch vụ S,2026-04-06,08:00:00,08:05:00,5.0,")
                .contains("\r\nA002,S,Dịch vụ S,2026-04-06,08:01:00,,,,,,Đã hủy\r\n")
                .doesNotContain("0912345678").doesNotContain("912345678").doesNotContain("0912000111")
                .doesNotContain("09******78");
    }

    /*
     * Total: 2 tickets; served A001 = 1; called A001 = 1, no no-show = 0 %; cancelled A002 = 1; wait 5 min (p90
     * of one value = 5.0); service 08:06..08:15 = 9.0 min; 5 <= 15 = 100 %.
     */
    @Test
    void summaryCountsTicketsServedAndCancelledThroughTheApi() {
        TestCenter c = servedAndCancelled();
        given().queryParam("from", "2026-04-06").queryParam("to", "2026-04-06").queryParam("by", "clerk")
                .get("/api/centers/{c}/reports/summary", c.code).then().statusCode(200)
                .body("total.tickets", equalTo(2)).body("total.served", equalTo(1))
                .body("total.noShowPercent", equalTo(0.0f)).body("total.cancelled", equalTo(1))
                .body("total.avgWaitMinutes", equalTo(5.0f)).body("total.p90WaitMinutes", equalTo(5.0f))
                .body("total.avgServiceMinutes", equalTo(9.0f)).body("total.withinTargetPercent", equalTo(100.0f))
                .body("rows[0].key", equalTo("test-admin")).body("rows[0].label", equalTo("Quản trị hệ thống"))
                .body("rows[0].served", equalTo(1));
    }
}
