package vn.motcua.queue.backend.clerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import vn.motcua.queue.backend.support.HeldCenter;
import vn.motcua.queue.backend.support.TestTimeSource;
import vn.motcua.queue.backend.support.Users;

/** The clerk console in Debian's headless Chromium against the running backend, at 1366x768. */
@QuarkusTest
class ClerkConsoleBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URI base;
    @Inject
    TestTimeSource clock;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aClerkSignsInOpensTheCounterAndServesCitizensWithTheButtons() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        try (ClerkBrowser b = new ClerkBrowser(base)) {
            b.signIn(clerk, Users.PASSWORD);
            assertThat(b.visible(By.cssSelector(".counter-choice[data-counter='1']")).getText()).contains("Quầy số 1");
            b.chooseCounter(1);
            assertThat(c.counterState(1)).containsEntry("status", "OPEN").containsEntry("clerk", clerk);
            assertThat(b.text("where")).contains("Bộ phận Một cửa phường Bến Thành").contains("Quầy số 1").contains("Đang mở");
            assertThat(b.enabled("act-next")).isTrue();
            assertThat(b.enabled("act-finish")).isFalse();
            assertThat(b.enabled("act-call")).isFalse(); // supervisors only (and hidden for clerks)

            JsonPath first = c.issue("HT");
            eventually(() -> waiting(b, "HT"), "1"); // live, from the event stream
            b.click("act-next");
            eventually(b::number, first.getString("number"));
            assertThat(ClerkFixture.ticket(first.getString("id")).getString("status")).isEqualTo("CALLED");
            assertThat(b.text("t-service")).isEqualTo("Hộ tịch");
            assertThat(b.text("t-state")).isEqualTo("Đã gọi – chờ công dân đến");
            assertThat(b.enabled("act-recall")).isTrue();
            assertThat(b.enabled("act-finish")).isFalse();
            assertThat(b.enabled("act-next")).isFalse();

            b.click("act-recall");
            eventually(() -> b.text("t-recalls"), "Đã gọi lại 1 lần");
            b.click("act-start");
            eventually(() -> status(first), "SERVING");
            eventually(() -> b.text("t-state"), "Đang phục vụ");
            b.click("act-finish");
            eventually(() -> status(first), "DONE");
            eventually(b::number, "—");
            eventually(() -> b.text("s-served"), "1");

            JsonPath second = c.issue("HT");
            eventually(() -> waiting(b, "HT"), "1");
            b.click("act-next");
            eventually(b::number, second.getString("number"));
            b.click("act-transfer");
            b.visible("transfer-search").sendKeys("dat dai"); // no diacritics needed
            eventually(() -> b.text("transfer-list"), "Đất đai (DD) · Đang chờ: 0");
            b.visible("transfer-search").sendKeys(Keys.ENTER);
            eventually(() -> ClerkFixture.ticket(second.getString("id")).getString("service"), "DD");
            assertThat(status(second)).isEqualTo("WAITING");
            eventually(() -> waiting(b, "DD"), "1");

            b.click("act-next"); // a transferred ticket is first in its new line, which this counter serves too
            eventually(b::number, second.getString("number"));
            b.click("act-no-show");
            eventually(() -> status(second), "NO_SHOW");
            eventually(() -> b.text("s-noshow"), "1");

            b.click("act-pause");
            eventually(() -> (String) c.counterState(1).get("status"), "PAUSED");
            eventually(() -> b.text("pause-label"), "Mở quầy");
            assertThat(b.enabled("act-next")).isFalse();
            b.click("act-pause");
            eventually(() -> (String) c.counterState(1).get("status"), "OPEN");
            eventually(() -> b.text("pause-label"), "Tạm dừng");
        }
    }

    @Test
    void theKeyboardShortcutsDriveTheCounterAndAreIgnoredWhileTyping() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        JsonPath first = c.issue("HT");
        JsonPath second = c.issue("KD");
        try (ClerkBrowser b = new ClerkBrowser(base)) {
            b.signIn(clerk, Users.PASSWORD);
            b.chooseCounter(1);
            eventually(() -> waiting(b, "KD"), "1");

            b.press("n");
            eventually(b::number, first.getString("number"));
            b.press("r");
            eventually(() -> ClerkFixture.ticket(first.getString("id")).getInt("recalls"), 1);
            b.press("s");
            eventually(() -> status(first), "SERVING");
            b.pressShifted("f"); // finish and call next
            eventually(() -> status(first), "DONE");
            eventually(b::number, second.getString("number"));
            assertThat(status(second)).isEqualTo("CALLED");

            b.press("t"); // the transfer list; keys typed into its search field are not shortcuts
            b.visible("transfer-search").sendKeys("nvsp");
            b.press(Keys.ESCAPE);
            await().atMost(WAIT).until(() -> !b.driver.findElement(By.id("transfer-dialog")).isDisplayed());
            assertThat(status(second)).isEqualTo("CALLED");

            b.press("s");
            eventually(() -> status(second), "SERVING");
            b.press("f");
            eventually(() -> status(second), "DONE");
            eventually(b::number, "—");

            JsonPath third = c.issue("DD");
            eventually(() -> waiting(b, "DD"), "1");
            b.press(Keys.SPACE);
            eventually(() -> status(third), "CALLED");
            b.press("v");
            eventually(() -> status(third), "NO_SHOW");

            b.press("p");
            eventually(() -> (String) c.counterState(1).get("status"), "PAUSED");
            b.press("n"); // refused by the page: a paused counter calls nobody
            eventually(() -> b.text("message-title"), "Thao tác này không dùng được lúc này.");
            b.press("p");
            eventually(() -> (String) c.counterState(1).get("status"), "OPEN");

            JsonPath fourth = c.issue("HT");
            eventually(() -> waiting(b, "HT"), "1");
            b.press("n");
            eventually(() -> status(fourth), "CALLED");
            b.press("s");
            eventually(() -> status(fourth), "SERVING");
            b.press(Keys.ENTER); // finish and call next: nobody waits
            eventually(() -> status(fourth), "DONE");
            eventually(() -> b.text("message-title"), "Đã hoàn thành " + fourth.getString("number")
                    + ". Không còn công dân nào đang chờ.");
            eventually(() -> b.text("s-served"), "3");
        }
    }

    @Test
    void aSecondBrowserActingOnTheSameTicketGetsAClearRefusal() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        String supervisor = c.supervisor();
        JsonPath first = c.issue("HT");
        try (ClerkBrowser a = new ClerkBrowser(base); ClerkBrowser b = new ClerkBrowser(base)) {
            a.signIn(clerk, Users.PASSWORD);
            a.chooseCounter(1);
            a.click("act-next");
            eventually(a::number, first.getString("number"));
            a.click("act-start");
            eventually(() -> status(first), "SERVING");

            b.signIn(supervisor, Users.PASSWORD);
            assertThat(b.visible(By.cssSelector(".counter-choice[data-counter='1']")).getText())
                    .contains("Xem / hỗ trợ quầy này");
            b.chooseCounter(1);
            eventually(b::number, first.getString("number"));
            assertThat(b.enabled("act-finish")).isTrue();

            b.holdEvents(true); // b's screen has not heard of a's finish yet
            a.click("act-finish");
            eventually(() -> status(first), "DONE");
            b.click("act-finish");

            eventually(() -> b.text("message-title"), "Không thực hiện được.");
            assertThat(b.driver.findElement(By.id("message")).getAttribute("class")).contains("error");
            assertThat(b.text("message-detail")).isEqualTo("Cannot finish a ticket that is DONE");
            eventually(b::number, "—"); // and the screen was read again
            assertThat(b.enabled("act-finish")).isFalse();
            assertThat(status(first)).isEqualTo("DONE");
        }
    }

    @Test
    void aCallWhileTheCenterStaysBusyTooLongSaysSoInVietnameseAndCallsNobody() throws Exception {
        ClerkFixture c = ClerkFixture.create();
        JsonPath first = c.issue("HT");
        try (ClerkBrowser b = new ClerkBrowser(base)) {
            b.signIn(c.clerk(), Users.PASSWORD);
            b.chooseCounter(1);
            // another change holds the center for longer than motcua.db.lock-timeout-ms: the call gets a 503
            try (HeldCenter held = HeldCenter.hold(dataSource, c.code)) {
                b.click("act-next");
                eventually(() -> b.text("message-title"), "Hệ thống đang bận, chưa có gì thay đổi. Vui lòng thử lại.");
            }
            assertThat(b.driver.findElement(By.id("message")).getAttribute("class")).contains("error");
            assertThat(status(first)).isEqualTo("WAITING");
            b.click("act-next");
            eventually(b::number, first.getString("number"));
            assertThat(status(first)).isEqualTo("CALLED");
        }
    }

    @Test
    void anExpiredSessionReturnsToSignInAndThenToTheSameCounterAndTicket() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        JsonPath first = c.issue("DD");
        try (ClerkBrowser b = new ClerkBrowser(base)) {
            b.signIn(clerk, Users.PASSWORD);
            b.chooseCounter(1);
            b.click("act-next");
            eventually(b::number, first.getString("number"));
            b.click("act-start");
            eventually(() -> status(first), "SERVING");
            eventually(() -> b.text("t-state"), "Đang phục vụ");

            Users.anonymous().cookie("motcua-session", b.sessionCookie()).delete("/api/session").then().statusCode(204);
            // the click meets the ended session, unless a refresh after the last event met it first
            b.clickIfShown("act-finish");
            b.visible("screen-signin");
            assertThat(b.text("signin-note")).startsWith("Phiên làm việc đã hết hạn");
            assertThat(status(first)).isEqualTo("SERVING");

            b.signIn(clerk, Users.PASSWORD);
            b.visible("screen-console");
            eventually(b::number, first.getString("number"));
            eventually(() -> b.text("t-state"), "Đang phục vụ");

            b.open(); // a reload reads the CSRF token again from the session
            b.visible("screen-console");
            eventually(b::number, first.getString("number"));
            b.click("act-finish");
            eventually(() -> status(first), "DONE");
        }
    }

    @Test
    void theConsoleFitsALaptopScreenInVietnameseAndColoursLongWaits() throws Exception {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        Instant now = LocalDate.now(zone).atTime(LocalTime.of(10, 24)).atZone(zone).toInstant();
        // two citizens served earlier this morning, 7 and 6 minutes each
        serve(c, clerk, "HT", now.minus(Duration.ofMinutes(70)), Duration.ofMinutes(7));
        serve(c, clerk, "KD", now.minus(Duration.ofMinutes(55)), Duration.ofMinutes(6));
        clock.set(now.minus(Duration.ofMinutes(40)));
        JsonPath elderly = c.issue("DD", "ELDERLY");
        clock.set(now.minus(Duration.ofMinutes(34)));
        c.issue("DD");                                   // 34 of 30 minutes: over the target
        clock.set(now.minus(Duration.ofMinutes(13)));
        c.issue("HT");                                   // 13 of 15 minutes: past 80% of the target
        clock.set(now.minus(Duration.ofMinutes(4)));
        c.issue("KD");
        c.issue("KD");
        clock.set(now.minus(Duration.ofSeconds(150)));
        Users.as(clerk).post("/api/centers/{c}/counters/1/next", c.code).then().statusCode(200);
        clock.set(now.minus(Duration.ofSeconds(95)));
        Users.as(clerk).post("/api/tickets/{id}/start", elderly.getString("id")).then().statusCode(200);
        clock.set(now);

        try (ClerkBrowser b = new ClerkBrowser(base)) {
            b.signIn(clerk, Users.PASSWORD);
            b.visible("screen-console"); // the clerk holds counter 1 already: straight back to it
            eventually(b::number, elderly.getString("number"));
            assertThat(b.text("t-priority")).isEqualTo("Người cao tuổi");
            assertThat(b.text("t-waited")).isEqualTo("37 phút");
            assertThat(row(b, "DD").getAttribute("data-level")).isEqualTo("OVER");
            assertThat(row(b, "HT").getAttribute("data-level")).isEqualTo("WARNING");
            assertThat(row(b, "KD").getAttribute("data-level")).isEqualTo("OK");
            assertThat(b.text("s-served")).isEqualTo("2");
            assertThat(b.text("s-average")).isEqualTo("6:30");
            assertThat(b.overflow()).as("nothing to scroll at 1366x768").isZero();
            b.screenshot("clerk-1366x768.png");

            b.click("lang");
            eventually(() -> b.text("t-state"), "Serving");
            assertThat(b.text("act-finish-next")).contains("Finish and call next");
            b.click("lang");
            eventually(() -> b.text("t-state"), "Đang phục vụ");
        }
    }

    private void serve(ClerkFixture c, String clerk, String service, Instant issued, Duration serviceTime) {
        clock.set(issued);
        String id = c.issue(service).getString("id");
        if (!"OPEN".equals(c.counterState(1).get("status"))) {
            Users.as(clerk).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        }
        Users.as(clerk).post("/api/centers/{c}/counters/1/next", c.code).then().statusCode(200);
        Users.as(clerk).post("/api/tickets/{id}/start", id).then().statusCode(200);
        clock.set(issued.plus(serviceTime));
        Users.as(clerk).post("/api/tickets/{id}/finish", id).then().statusCode(200);
    }

    private static org.openqa.selenium.WebElement row(ClerkBrowser b, String service) {
        return b.visible(By.cssSelector("#queue tr[data-service='" + service + "']"));
    }

    private static String waiting(ClerkBrowser b, String service) {
        return b.driver.findElement(By.cssSelector("#queue tr[data-service='" + service + "'] .waiting")).getText();
    }

    private static String status(JsonPath ticket) {
        return ClerkFixture.ticket(ticket.getString("id")).getString("status");
    }

    private static <T> void eventually(Supplier<T> actual, T expected) {
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(actual.get()).isEqualTo(expected));
    }
}
