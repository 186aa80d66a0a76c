package vn.motcua.queue.backend.supervisor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.queue.backend.stats.StatsFixture;
import vn.motcua.queue.backend.support.Browser;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;
import vn.motcua.queue.backend.support.Users;

/** The supervisor pages in Debian's headless Chromium against the running backend, at TV and laptop sizes. */
@QuarkusTest
class SupervisorBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @TestHTTPResource("/")
    URI base;
    @Inject
    TestTimeSource clock;
    @Inject
    vn.motcua.queue.backend.history.HistoryGenerator history;
    @Inject
    StatsFixture fixture;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theLiveViewShowsWaitsAgainstTargetsUpdatesLiveAndSwitchesLanguage() throws Exception {
        String center = morning();
        String supervisor = Users.create("SUPERVISOR", center);
        try (SupervisorBrowser b = new SupervisorBrowser(base, 1920, 1080)) {
            b.open("/supervisor/");
            b.signIn(supervisor, Users.PASSWORD);
            // the page is redrawn on every read: each look is retried until it holds
            eventually(() -> level(b, "DD"), "OVER");             // 34 of 30 minutes
            eventually(() -> level(b, "HT"), "WARN");             // 13 of 15 minutes: from 80%
            eventually(() -> level(b, "KD"), "OK");
            eventually(() -> b.text(By.cssSelector("#services tr[data-service='DD'] .level-label")), "■ Quá mục tiêu");
            eventually(() -> b.text("sum-waiting"), "5");
            eventually(() -> b.text("sum-served"), "3");
            eventually(() -> b.text(By.cssSelector("#counters tr[data-counter='1'] .current")), "B002 · DD · Đang phục vụ");
            // CRITICAL first: land over target, kiosk 2 silent; then civil status near target, counter 2, paper low
            eventually(() -> alertKinds(b), List.of("SERVICE_OVER_TARGET", "DEVICE_OFFLINE", "SERVICE_OVER_TARGET",
                    "COUNTER_IDLE", "PRINTER_PROBLEM"));
            eventually(() -> b.text(By.cssSelector("#devices tr[data-device='kiosk-1'] td:nth-child(2)")), "Sắp hết giấy");

            issue(center, "KD"); // through the API: the event stream makes the page read the figures again
            eventually(() -> b.text(By.cssSelector("#services tr[data-service='KD'] .waiting")), "3");
            eventually(() -> b.text("sum-waiting"), "6");
            assertThat(b.text("live")).isEqualTo("Trực tuyến");
            assertThat(b.fitsWindow(By.cssSelector(".devices-card"))).as("the whole view on a 1920x1080 TV").isTrue();
            b.screenshot("supervisor-live-1920x1080.png");

            b.visible("lang").click();
            eventually(() -> b.text(By.cssSelector("#services-table th[data-i18n='service']")), "Service");
            eventually(() -> b.text(By.cssSelector("#services tr[data-service='DD'] .level-label")), "■ Over target");
            eventually(() -> b.text(By.cssSelector("#nav a[data-page='heatmap']")), "Heatmap");
            // alert sentences too: land has waited 34 of 30 minutes
            eventually(() -> b.text(By.cssSelector("#alerts li[data-kind='SERVICE_OVER_TARGET'] span")),
                    "Đất đai: the longest wait is 34 min, over the target of 30 min (1 waiting).");
            b.visible("lang").click();
            eventually(() -> b.text(By.cssSelector("#alerts li[data-kind='SERVICE_OVER_TARGET'] span")),
                    "Lĩnh vực Đất đai: người chờ lâu nhất đã chờ 34 phút, vượt mục tiêu 30 phút (1 người đang chờ).");
            eventually(() -> b.text(By.cssSelector("#services-table th[data-i18n='service']")), "Lĩnh vực");

            b.size(1366, 768);
            assertThat(b.fitsWindow(By.cssSelector(".devices-card"))).as("the whole view on a 1366x768 laptop").isTrue();
            b.screenshot("supervisor-live-1366x768.png");
            b.size(1280, 800);
            assertThat(b.fitsWindow(By.cssSelector(".devices-card"))).as("on a 10\" 1280x800 touch screen").isTrue();
        }
    }

    /** Needs the heatmap, staffing and reports endpoints (written alongside these pages). */
    @Test
    void theHeatmapStaffingAndReportsPagesLoadTheirFigures() throws Exception {
        String center = morning();
        // four weeks of simulated days before this morning, so that the charts look like a center's
        assertThat(history.fillWeeksBeforeToday(center, 4, 42L)).isPositive();
        LocalDate handMade = handMadeDay(center);
        int ticketsInRange = given().get("/api/centers/{c}/reports/summary", center).then().statusCode(200)
                .extract().path("total.tickets");
        assertThat(ticketsInRange).isGreaterThan(11); // the morning's 11 and the history's
        String supervisor = Users.create("SUPERVISOR", center);
        try (SupervisorBrowser b = new SupervisorBrowser(base, 1920, 1080)) {
            b.open("/supervisor/");
            b.signIn(supervisor, Users.PASSWORD);

            b.navigate("heatmap");
            b.visible(By.cssSelector("#chart canvas"));
            eventually(() -> !b.driver.findElements(By.cssSelector("#heat-body tr[data-row='DD']")).isEmpty(), true);
            assertThat(b.text("goal")).startsWith("Mục tiêu");
            b.screenshot("supervisor-heatmap-1920x1080.png");
            handMadeCellsReadAgainstTheirTargets(b, handMade);
            b.heatmapRange(handMade.minusDays(1), handMade.minusDays(1)); // the day before: no ticket
            eventually(() -> b.text("goal"), "Không có dữ liệu trong khoảng này.");
            assertThat(b.driver.findElements(By.cssSelector("#legend span"))).isEmpty();
            b.heatmapRange(LocalDate.now(ZONE).minusDays(27), LocalDate.now(ZONE));
            b.visible("view-table").click();
            b.visible("heat-table");
            eventually(() -> b.text(By.cssSelector("#heat-body tr[data-row='DD']")).contains("phút"), true);
            fitsLaptopAndTouchScreen(b, "supervisor-heatmap-1366x768.png", By.id("heat-table"), By.id("legend"));
            b.visible("view-chart").click();
            b.driver.findElement(By.cssSelector("#metric option[value='arrivals']")).click();
            eventually(() -> b.text("goal"), "Màu đậm hơn = nhiều lượt đến hơn (không có mục tiêu).");
            fitsLaptopAndTouchScreen(b, null, By.id("chart"));

            b.size(1920, 1080);
            b.navigate("staffing");
            eventually(() -> b.driver.findElements(By.cssSelector("#staffing-head th")).size() > 4, true);
            assertThat(b.visible("shortfall").getText()).isNotBlank();
            assertThat(b.driver.findElements(By.cssSelector("#staffing-body tr[data-service]"))).hasSize(4);
            b.screenshot("supervisor-staffing-1920x1080.png");
            fitsLaptopAndTouchScreen(b, "supervisor-staffing-1366x768.png",
                    By.cssSelector("#staffing-body tr:last-child"));
            b.size(1920, 1080);
            shortServiceHoursAreMarked(b, center);
            aForecastFromFewWeeksSaysSo(b, handMade.plusWeeks(1));

            b.size(1920, 1080);
            b.navigate("reports");
            // the page's default range is the API's: the last four weeks to today
            eventually(() -> b.text(By.cssSelector("#report-body tr.total .tickets")), String.valueOf(ticketsInRange));
            assertThat(b.text(By.cssSelector("#report-body tr[data-key='DD']"))).contains("Đất đai");
            for (String link : List.of("dl-summary-csv", "dl-tickets-csv", "dl-summary-xlsx")) {
                String href = b.driver.findElement(By.id(link)).getAttribute("href");
                assertThat(href).contains("/api/centers/" + center + "/reports/").contains("from=").contains("to=");
                given().get(URI.create(href).getRawPath() + "?" + URI.create(href).getRawQuery())
                        .then().statusCode(200);
            }
            b.screenshot("supervisor-reports-1920x1080.png");
            fitsLaptopAndTouchScreen(b, "supervisor-reports-1366x768.png", By.cssSelector("#report-body tr.total"),
                    By.id("dl-summary-xlsx"));
        }
    }

    /**
     * The hand-made day's cells against their services' targets: civil status waited exactly its 15 min (amber, and
     * at the target), land 27 of 30 (amber), certification 20 of 15 (red), business 10 of 30 (green). The rule itself
     * is checked at its edges in the page's module.
     */
    private static void handMadeCellsReadAgainstTheirTargets(SupervisorBrowser b, LocalDate day) {
        // lower is better: green under 80%, amber from 80% up to the target, red beyond; higher is better: mirrored
        assertThat(b.heatLevels("return [m.levelOf(11.9, 15, false), m.levelOf(12, 15, false), "
                + "m.levelOf(15, 15, false), m.levelOf(15.1, 15, false), m.levelOf(90, 90, true), m.levelOf(72, 90, true), "
                + "m.levelOf(71.9, 90, true), m.levelOf(null, 15, false), m.levelOf(3, null, false)]"))
                .isEqualTo(Arrays.asList("good", "warn", "warn", "over", "good", "warn", "over", null, null));
        assertThat(b.heatLevels("return [m.atTarget(15.04, 15), m.atTarget(14.96, 15), m.atTarget(15.1, 15), "
                + "m.atTarget(null, 15)]")).isEqualTo(List.of(true, true, false, false));
        // a wait by service against the service's own target, anything else against the goal
        assertThat(b.heatLevels("return [m.targetOf({goal: 15, unit: 'minutes', rows: ['a', 'b'], rowTargets: [15, 30]}, 1), "
                + "m.targetOf({goal: 90, unit: 'percent', rows: ['a'], rowTargets: [30]}, 0), m.targetOf({goal: null}, 0)]"))
                .isEqualTo(Arrays.asList(30L, 90L, null));

        b.heatmapRange(day, day);
        // the table is behind the chart (hidden): its text as it will read
        eventually(() -> b.heatCell("HT", 8).getAttribute("textContent"), "▲ 15 phút ◆ (1)");
        // on the chart: the cell at the target is amber with the thick border, and says its value on hover
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            Map<String, Object> at = b.hoverHeatmap("HT", 8);
            assertThat(at).containsEntry("level", 1L).containsEntry("border", 3L);
            assertThat((String) at.get("tip")).contains("Hộ tịch · 8h–9h", "Thời gian chờ trung bình: 15 phút",
                    "Số phiếu: 1", "Mục tiêu: 15 phút");
        });
        Map<String, Object> over = b.hoverHeatmap("CT", 10);
        assertThat(over).containsEntry("level", 2L).containsEntry("border", 1L);
        assertThat((String) over.get("tip")).contains("Chứng thực · 10h–11h", "Thời gian chờ trung bình: 20 phút",
                "Mục tiêu: 15 phút");
        assertThat(b.hoverHeatmap("KD", 11)).containsEntry("level", 0L);
        assertThat(b.hoverHeatmap("HT", 9)).as("no ticket, no cell").isNull();

        b.visible("view-table").click();
        b.visible("heat-table");
        assertThat(b.heatCell("HT", 8).getAttribute("class")).isEqualTo("n warn at-target");
        assertThat(b.heatCell("DD", 9).getText()).isEqualTo("▲ 27 phút (1)");
        assertThat(b.heatCell("DD", 9).getAttribute("class")).isEqualTo("n warn");
        assertThat(b.heatCell("CT", 10).getText()).isEqualTo("■ 20 phút (1)");
        assertThat(b.heatCell("CT", 10).getAttribute("class")).isEqualTo("n over");
        assertThat(b.heatCell("KD", 11).getText()).isEqualTo("10 phút (1)");
        assertThat(b.heatCell("KD", 11).getAttribute("class")).isEqualTo("n good");
        assertThat(b.heatCell("HT", 9).getText()).isEqualTo("— (0)");
        assertThat(b.text("legend")).contains("▲ 80–100% mục tiêu").contains("■ Vượt mục tiêu")
                .contains("◆ = đúng bằng mục tiêu");
        b.visible("view-chart").click();
    }

    /**
     * The day the page opens on (tomorrow) has its forecast from the four simulated weeks: no few-weeks note. Every
     * service hour that the API says needs more counters than planned reads "■ needed" and says the shortfall in
     * words; every other reads neither. The day has both kinds, or the check would prove nothing.
     */
    private static void shortServiceHoursAreMarked(SupervisorBrowser b, String center) {
        String date = b.driver.findElement(By.id("date")).getAttribute("value");
        JsonPath plan = given().get("/api/centers/{c}/stats/staffing?date={d}", center, date).then().statusCode(200)
                .extract().jsonPath();
        assertThat(plan.getInt("weeksUsed")).as("same weekdays in the simulated weeks").isEqualTo(4);
        assertThat(b.driver.findElement(By.id("few-weeks")).isDisplayed()).as("few-weeks note on " + date).isFalse();
        List<Integer> hours = plan.getList("hours", Integer.class);
        Map<String, List<String>> cells = b.staffingHourCells();
        NumberFormat vi = NumberFormat.getInstance(Locale.forLanguageTag("vi-VN"));
        vi.setMaximumFractionDigits(2);
        int shortHours = 0;
        int enoughHours = 0;
        for (Map<String, Object> service : plan.<Map<String, Object>>getList("services")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) service.get("hours");
            for (Map<String, Object> entry : entries) {
                int needed = ((Number) entry.get("countersNeeded")).intValue();
                double planned = ((Number) entry.get("countersPlanned")).doubleValue();
                String text = cells.get((String) service.get("code")).get(hours.indexOf((Integer) entry.get("hour")));
                String where = service.get("code") + " " + entry.get("hour") + "h: " + needed + " needed, " + planned
                        + " planned";
                if (needed > planned) {
                    shortHours++;
                    assertThat(text).as(where).startsWith("■ " + needed + " quầy")
                            .contains("Thiếu " + vi.format(needed - planned));
                } else {
                    enoughHours++;
                    assertThat(text).as(where).startsWith(needed + " quầy").doesNotContain("■").doesNotContain("Thiếu");
                }
            }
        }
        assertThat(shortHours).as("short service hours on " + date).isPositive();
        assertThat(enoughHours).as("service hours with enough counters on " + date).isPositive();
    }

    /**
     * A week after the hand-made day, the eight same weekdays before it reach back past the simulated weeks and only
     * the hand-made day had tickets: a forecast from 1 week, and the page says so.
     */
    private static void aForecastFromFewWeeksSaysSo(SupervisorBrowser b, LocalDate day) {
        b.staffingDate(day);
        eventually(() -> b.text("few-weeks"), "Ít dữ liệu: dự báo từ 1 tuần, chưa đủ 4 tuần.");
        assertThat(b.visible("few-weeks").isDisplayed()).isTrue();
    }

    /**
     * At 1366x768 (a laptop; the screenshot, when named) and 1280x800 (a 10" touch screen) nothing runs off to the side
     * and the key elements are inside the window.
     */
    private static void fitsLaptopAndTouchScreen(SupervisorBrowser b, String screenshot, By... keys) throws Exception {
        for (int[] size : new int[][] {{1366, 768}, {1280, 800}}) {
            b.size(size[0], size[1]);
            String page = b.driver.findElement(By.tagName("body")).getAttribute("data-page") + " at " + size[0] + "x"
                    + size[1];
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(b.overflow()).as("%s: the page scrolls", page).isZero();
                assertThat(b.sidewaysOverflow()).as("%s: something scrolls sideways", page).isZero();
                for (By key : keys) {
                    assertThat(b.fitsWindow(key)).as("%s: %s inside the window", page, key).isTrue();
                }
            });
            if (screenshot != null && size[0] == 1366) {
                b.screenshot(screenshot);
            }
        }
    }

    /**
     * A day ten weeks back, before the simulated history and the staffing forecast's weeks, with one ticket per
     * service at hours 8 to 11: civil status (target 15) waited 15.0 min, land (30) 27, certification (15) 20,
     * business (30) 10.
     */
    private LocalDate handMadeDay(String center) {
        LocalDate day = LocalDate.now(ZONE).minusWeeks(10);
        fixture.write(center, List.of(StatsFixture.Spec.done("HT", day.atTime(8, 5), 15.0, 6),
                StatsFixture.Spec.done("DD", day.atTime(9, 5), 27.0, 10),
                StatsFixture.Spec.done("CT", day.atTime(10, 5), 20.0, 10),
                StatsFixture.Spec.done("KD", day.atTime(11, 5), 10.0, 5)));
        return day;
    }

    /** Supervisors and admins reach these pages from the clerk console's top bar; clerks see no such link. */
    @Test
    void theClerkConsoleLinksSupervisorsAndAdminsToTheSupervisorPages() {
        TestCenter center = TestCenter.create("SL").service("HT", "A").counter(1, "HT");
        String clerk = Users.create("CLERK", center.code);
        String supervisor = Users.create("SUPERVISOR", center.code);
        String admin = Users.create("ADMIN", center.code);
        try (Browser b = new Browser(base, 1366, 768)) {
            b.open("/clerk/");
            b.signIn(clerk, Users.PASSWORD);
            b.visible("screen-choose");
            assertThat(b.driver.findElement(By.id("to-supervisor")).isDisplayed()).as("no link for a clerk").isFalse();
            b.visible("sign-out").click();

            b.visible("screen-signin");
            b.signIn(admin, Users.PASSWORD);
            b.visible("screen-choose");
            assertThat(b.visible("to-supervisor").getText()).isEqualTo("Giám sát");
            b.visible("sign-out").click();

            b.visible("screen-signin");
            b.signIn(supervisor, Users.PASSWORD);
            b.visible(By.cssSelector(".counter-choice[data-counter='1']")).click(); // to help at counter 1
            b.visible("screen-console");
            assertThat(b.visible("to-supervisor").getText()).isEqualTo("Giám sát");
            assertThat(b.overflow()).as("the longer top bar still fits 1366x768").isZero();
            assertThat(b.fitsWindow(By.id("lang"))).isTrue();
            b.visible("lang").click();
            eventually(() -> b.text("to-supervisor"), "Supervision");
            b.visible("lang").click();
            eventually(() -> b.text("to-supervisor"), "Giám sát");

            b.visible("to-supervisor").click(); // already signed in there: the same session
            b.visible("screen-page");
            assertThat(b.driver.getCurrentUrl()).contains("/supervisor/?center=" + center.code);
            eventually(() -> b.text("user"), supervisor);
            eventually(() -> b.text("where"), "Test " + center.code);
            assertThat(b.visible("to-clerk").getAttribute("href")).endsWith("/clerk/");
        }
    }

    // ---------- the morning of a ward's one-stop desk, at 10:24 today ----------

    /**
     * Counter 1 serves land, 2 certification, 3 and 4 civil status (4 paused), 5 business. Three citizens were served
     * earlier. Now B002 (land) is at counter 1 and B003 has waited 34 of 30 min; A003 (civil status) 13 of 15 min while
     * counter 3 serves A002 (a new ticket would wait (138 s left + 258 s) * 1.15 = 7.6 min); business C002, C003 wait
     * 4 min behind C001 at counter 5 (estimate (120 + 300 + 300) s * 1.15 = 13.8 of 30 min); D002 (certification) has
     * waited 5 min while counter 2 has been idle since 09:40. Kiosk 1's paper runs low, kiosk 2 never reported, the
     * display is fine.
     */
    private String morning() {
        Instant now = LocalDate.now(ZONE).atTime(LocalTime.of(10, 24)).atZone(ZONE).toInstant();
        clock.set(now.minus(Duration.ofMinutes(90)));
        String code = ("SV-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Bộ phận Một cửa phường Bến Thành",
                "timeZone", ZONE.getId(), "opensAt", "00:00", "closesAt", "23:59:59", "openDays", "1,2,3,4,5,6,7",
                "callingPolicy", "FIFO")).post("/api/admin/centers").then().statusCode(201);
        for (List<Object> s : List.of(List.<Object>of("HT", "Hộ tịch", "A", 15, 4), List.<Object>of("DD", "Đất đai", "B", 30, 10),
                List.<Object>of("KD", "Đăng ký kinh doanh", "C", 30, 5), List.<Object>of("CT", "Chứng thực", "D", 15, 10))) {
            given().contentType(ContentType.JSON).body(Map.of("code", s.get(0), "name", s.get(1), "prefix", s.get(2),
                    "targetWaitMinutes", s.get(3), "defaultServiceMinutes", s.get(4), "priorityMode", "STRICT"))
                    .post("/api/admin/centers/{c}/services", code).then().statusCode(201);
        }
        counter(code, 1, "DD");
        counter(code, 2, "CT");
        counter(code, 3, "HT");
        counter(code, 4, "HT");
        counter(code, 5, "KD");
        given().post("/api/centers/{c}/counters/4/pause", code).then().statusCode(200);
        String kiosk1 = device(code, "kiosk-1", "KIOSK", "Kiosk sảnh chính");
        device(code, "kiosk-2", "KIOSK", "Kiosk tầng 2");
        String display = device(code, "display-1", "DISPLAY", "Màn hình sảnh");

        serve(code, 3, "HT", now.minus(Duration.ofMinutes(75)), Duration.ofMinutes(7));   // A001
        serve(code, 1, "DD", now.minus(Duration.ofMinutes(62)), Duration.ofMinutes(12));  // B001
        serve(code, 2, "CT", now.minus(Duration.ofMinutes(50)), Duration.ofMinutes(6));   // D001, until 09:40
        clock.set(now.minus(Duration.ofMinutes(40)));
        issue(code, "DD");                                                                // B002
        clock.set(now.minus(Duration.ofMinutes(34)));
        issue(code, "DD");                                                                // B003
        clock.set(now.minus(Duration.ofMinutes(20)));
        String a002 = issue(code, "HT");
        clock.set(now.minus(Duration.ofMinutes(13)));
        issue(code, "HT");                                                                // A003
        clock.set(now.minus(Duration.ofMinutes(9)));
        String c001 = issue(code, "KD");
        clock.set(now.minus(Duration.ofMinutes(8)));
        String b002 = callNext(code, 1);
        clock.set(now.minus(Duration.ofMinutes(7)));
        given().post("/api/tickets/{id}/start", b002).then().statusCode(200);
        clock.set(now.minus(Duration.ofMinutes(5)));
        issue(code, "CT");                                                                // D002
        clock.set(now.minus(Duration.ofMinutes(4)));
        issue(code, "KD");                                                                // C002
        issue(code, "KD");                                                                // C003
        clock.set(now.minus(Duration.ofMinutes(3)));
        assertThat(callNext(code, 5)).isEqualTo(c001);
        given().post("/api/tickets/{id}/start", c001).then().statusCode(200);
        clock.set(now.minus(Duration.ofMinutes(2)));
        assertThat(callNext(code, 3)).isEqualTo(a002);
        given().post("/api/tickets/{id}/start", a002).then().statusCode(200);
        clock.set(now.minus(Duration.ofMinutes(1)));
        heartbeat(kiosk1, "WARNING", Map.of("printer", "PAPER_NEAR_END", "mode", "NORMAL"));
        heartbeat(display, "OK", Map.of());
        clock.set(now);
        return code;
    }

    private static String callNext(String center, int counter) {
        return given().post("/api/centers/{c}/counters/{n}/next", center, counter).then().statusCode(200)
                .extract().path("id");
    }

    private static void counter(String center, int number, String... services) {
        List<Map<String, Object>> profile = java.util.Arrays.stream(services)
                .map(s -> Map.<String, Object>of("service", s, "weight", 1.0)).toList();
        given().contentType(ContentType.JSON).body(Map.of("number", number, "services", profile))
                .post("/api/admin/centers/{c}/counters", center).then().statusCode(201);
        given().post("/api/centers/{c}/counters/{n}/open", center, number).then().statusCode(200);
    }

    private static String device(String center, String code, String kind, String name) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code, "kind", kind, "name", name))
                .post("/api/admin/centers/{c}/devices", center).then().statusCode(201).extract().path("token");
    }

    private static void heartbeat(String token, String status, Map<String, Object> details) {
        Users.device(token).contentType(ContentType.JSON).body(Map.of("status", status, "details", details))
                .post("/api/devices/heartbeat").then().statusCode(204);
    }

    private static String issue(String center, String service) {
        return given().contentType(ContentType.JSON).body(Map.of("service", service))
                .post("/api/centers/{c}/tickets", center).then().statusCode(201).extract().path("id");
    }

    /** A citizen issued at {@code issued}, called and started at once, finished after {@code took}. */
    private void serve(String center, int counter, String service, Instant issued, Duration took) {
        clock.set(issued);
        String id = issue(center, service);
        assertThat(callNext(center, counter)).isEqualTo(id);
        given().post("/api/tickets/{id}/start", id).then().statusCode(200);
        clock.set(issued.plus(took));
        given().post("/api/tickets/{id}/finish", id).then().statusCode(200);
    }

    private static String level(SupervisorBrowser b, String service) {
        return b.visible(By.cssSelector("#services tr[data-service='" + service + "']")).getAttribute("data-level");
    }

    @SuppressWarnings("unchecked")
    private static List<String> alertKinds(SupervisorBrowser b) {
        return (List<String>) b.driver.executeScript(
                "return [...document.querySelectorAll('#alerts li[data-kind]')].map(e => e.dataset.kind)");
    }

    private static <T> void eventually(Supplier<T> actual, T expected) {
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(actual.get()).isEqualTo(expected));
    }
}
