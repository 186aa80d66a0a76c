package vn.motcua.queue.backend.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;
import vn.motcua.queue.backend.support.Users;

/**
 * {@code GET /api/centers/{c}/stats/live} on a morning written out by hand (FIFO; the estimate for a new ticket is
 * the run forward times 1.15, the overtake allowance). Services: DD target 15 min, HT target 20, CT target 15 with
 * no counter; every configured service time is 10 min. Counter 1 serves DD (a clerk signed in), counter 2 HT,
 * counter 3 DD (closed until 09:12).
 *
 * <pre>
 * 08:00 A001 issued (DD)      08:05 c1 calls A001 (waited 5 min)   08:06 start   08:14 finish (8 min)
 * 08:10 A002 issued (DD)      08:30 c1 calls A002 (waited 20 min)  08:31 start   08:45 finish (14 min)
 * 08:20 B001 issued (HT)      08:25 c2 calls B001 (waited 5 min)   08:26 start   08:36 finish (10 min)
 * 08:40 A003 issued (DD)      08:46 c1 calls A003 (waited 6 min)   08:47 start   08:50 transferred to HT
 * 08:52 A004 issued (DD)      08:58 c1 calls A004 (waited 6 min)   09:00 start
 * 08:56 A005 issued (DD), still waiting
 * 09:02 B002 issued (HT), still waiting;  09:03 c2 calls A003 (front of the HT line)  09:04 start
 * 09:09 kiosk-1 heartbeat OK (printer READY); display-1 never sent one
 * </pre>
 */
@QuarkusTest
class LiveStatsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Inject
    TestTimeSource clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** The morning above; answers the center and the ids of the tickets still in play. */
    private record Morning(TestCenter center, String clerk, String kiosk, String display, String a003) {
    }

    private Morning morning() {
        at(8, 0);
        TestCenter c = TestCenter.create("LIVE", "FIFO").service("DD", "A", 15, 10, "STRICT")
                .service("HT", "B", 20, 10, "STRICT").service("CT", "C", 15, 10, "STRICT")
                .counter(1, "DD").counter(2, "HT").counter(3, "DD");
        given().post("/api/centers/{c}/counters/3/close", c.code).then().statusCode(200);
        String clerk = Users.create("CLERK", c.code);
        Users.as(clerk).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        String kiosk = c.kiosk("kiosk-1");
        String display = given().contentType(ContentType.JSON).body(Map.of("code", "display-1", "kind", "DISPLAY"))
                .post("/api/admin/centers/{c}/devices", c.code).then().statusCode(201).extract().path("token");
        String a001 = c.issueId("DD");
        at(8, 5);
        call(c, 1, a001);
        at(8, 6);
        act(a001, "start");
        at(8, 10);
        String a002 = c.issueId("DD");
        at(8, 14);
        act(a001, "finish");
        at(8, 20);
        String b001 = c.issueId("HT");
        at(8, 25);
        call(c, 2, b001);
        at(8, 26);
        act(b001, "start");
        at(8, 30);
        call(c, 1, a002);
        at(8, 31);
        act(a002, "start");
        at(8, 36);
        act(b001, "finish");
        at(8, 40);
        String a003 = c.issueId("DD");
        at(8, 45);
        act(a002, "finish");
        at(8, 46);
        call(c, 1, a003);
        at(8, 47);
        act(a003, "start");
        at(8, 50);
        given().contentType(ContentType.JSON).body(Map.of("service", "HT"))
                .post("/api/tickets/{id}/transfer", a003).then().statusCode(200);
        at(8, 52);
        String a004 = c.issueId("DD");
        at(8, 56);
        c.issueId("DD"); // A005
        at(8, 58);
        call(c, 1, a004);
        at(9, 0);
        act(a004, "start");
        at(9, 2);
        c.issueId("HT"); // B002
        at(9, 3);
        call(c, 2, a003);
        at(9, 4);
        act(a003, "start");
        at(9, 9);
        heartbeat(kiosk, "OK", "READY");
        at(9, 10);
        return new Morning(c, clerk, kiosk, display, a003);
    }

    @Test
    void todaysFiguresFollowTheSharedDefinitions() {
        Morning m = morning();
        m.center().kiosk("kiosk-2"); // registered, never reported: offline, and nothing known of its printer
        JsonPath live = live(m.center());
        assertThat(live.getString("center")).isEqualTo(m.center().code);
        assertThat(live.getString("at")).isEqualTo("2026-11-30T09:10:00+07:00");

        // DD: A005 waits since 08:56 -> 14.0 min. Mean service time learnt from the finishes (alpha 0.1):
        // 600 s -> 0.1*480 + 0.9*600 = 588 s -> 0.1*840 + 0.9*588 = 613.2 s. Counter 1 has served A004 for
        // 600 s: 13.2 s left, floored to 60 s, so it calls A005 at 09:11:00 and a new ticket at
        // 09:11:00 + 613.2 s: 673.2 s * 1.15 = 774.18 s = 12.9 min. Level: 14.0 >= 80% of 15 (12) -> WARN.
        // Issued for DD and called: A001 5, A002 20, A003 6, A004 6 min -> 3 of 4 within 15 min = 75.0%.
        // Served: A001, A002 (A003 was transferred and is still at a counter).
        Map<String, Object> dd = service(live, "DD");
        assertThat(dd).containsEntry("name", "Dịch vụ DD").containsEntry("open", true).containsEntry("waiting", 1)
                .containsEntry("longestWaitMinutes", 14.0f).containsEntry("estimatedWaitMinutes", 12.9f)
                .containsEntry("targetWaitMinutes", 15).containsEntry("servedToday", 2)
                .containsEntry("withinTargetPercent", 75.0f).containsEntry("level", "WARN");
        // HT: B002 waits since 09:02 -> 8.0 min (40%). A003 (now HT, mean 600 s since B001 took 600 s) started
        // 09:04: 240 s left, B002 called at 09:14, a new ticket at 09:24: 840 s * 1.15 = 966 s = 16.1 min,
        // >= 80% of 20 min (960 s) -> WARN from the estimate. Issued for HT: B001 only (5 min) -> 100.0%.
        Map<String, Object> ht = service(live, "HT");
        assertThat(ht).containsEntry("waiting", 1).containsEntry("longestWaitMinutes", 8.0f)
                .containsEntry("estimatedWaitMinutes", 16.1f).containsEntry("servedToday", 1)
                .containsEntry("withinTargetPercent", 100.0f).containsEntry("level", "WARN");
        // CT: nobody, no counter -> no wait, no estimate, no percentage (null, never 0)
        Map<String, Object> ct = service(live, "CT");
        assertThat(ct).containsEntry("waiting", 0).containsEntry("longestWaitMinutes", null)
                .containsEntry("estimatedWaitMinutes", null).containsEntry("servedToday", 0)
                .containsEntry("withinTargetPercent", null).containsEntry("level", "OK");

        // counter 1: A004 serving since 09:00 (10.0 min); finished A001 (8) and A002 (14) -> 2, mean 11.0 min
        assertThat(counter(live, 1)).containsEntry("name", "Quầy số 1").containsEntry("status", "OPEN")
                .containsEntry("clerk", m.clerk()).containsEntry("servedToday", 2).containsEntry("avgServiceMinutes", 11.0f);
        assertThat(live.getMap("counters[0].currentTicket")).isEqualTo(
                Map.of("number", "A004", "service", "DD", "status", "SERVING", "sinceMinutes", 10.0f));
        // counter 2: A003 (now an HT ticket) serving since 09:04; finished B001 (10 min)
        assertThat(live.getMap("counters[1].currentTicket")).isEqualTo(
                Map.of("number", "A003", "service", "HT", "status", "SERVING", "sinceMinutes", 6.0f));
        assertThat(counter(live, 2)).containsEntry("servedToday", 1).containsEntry("avgServiceMinutes", 10.0f);
        assertThat(counter(live, 3)).containsEntry("status", "CLOSED").containsEntry("currentTicket", null)
                .containsEntry("servedToday", 0).containsEntry("avgServiceMinutes", null);

        // devices: the kiosk beat 1 min ago (online, under 2 min), the display never
        assertThat(device(live, "kiosk-1")).containsEntry("kind", "KIOSK").containsEntry("status", "OK")
                .containsEntry("lastHeartbeatAt", "2026-11-30T09:09:00+07:00").containsEntry("online", true);
        assertThat(device(live, "display-1")).containsEntry("kind", "DISPLAY").containsEntry("lastHeartbeatAt", null)
                .containsEntry("online", false);

        // CRITICAL first, then by kind; DD from its longest wait, HT from its estimate
        assertThat(alerts(live)).containsExactly("DEVICE_OFFLINE CRITICAL display-1", "DEVICE_OFFLINE CRITICAL kiosk-2",
                "SERVICE_OVER_TARGET WARN DD", "SERVICE_OVER_TARGET WARN HT");
        assertThat(live.getString("alerts[0].message")).isEqualTo("Màn hình display-1 mất kết nối: chưa từng gửi tín hiệu.");
        assertThat(live.getString("alerts[0].messageEn")).isEqualTo("Display display-1 is offline: it has never reported.");
        assertThat(live.getString("alerts[2].message")).isEqualTo(
                "Lĩnh vực Dịch vụ DD: người chờ lâu nhất đã chờ 14 phút, đã tới 93% mục tiêu 15 phút (1 người đang chờ).");
        assertThat(live.getString("alerts[3].message")).startsWith("Lĩnh vực Dịch vụ HT: số mới dự kiến phải chờ 16,1 phút");

        // 09:18 A003 finishes at counter 2 (09:04 -> 09:18, 14 min): it counts for DD, the service it was issued for
        at(9, 18);
        act(m.a003(), "finish");
        JsonPath later = live(m.center());
        assertThat(service(later, "DD")).containsEntry("servedToday", 3);
        assertThat(service(later, "HT")).containsEntry("servedToday", 1);
        assertThat(counter(later, 2)).containsEntry("servedToday", 2).containsEntry("avgServiceMinutes", 12.0f);

        // a supervisor of the center sees it too; an unknown center is 404 (401/403: AuthorizationMatrixTest)
        String supervisor = Users.create("SUPERVISOR", m.center().code);
        Users.as(supervisor).get("/api/centers/{c}/stats/live", m.center().code).then().statusCode(200);
        given().get("/api/centers/NO-SUCH-CENTER/stats/live").then().statusCode(404);
    }

    @Test
    void alertsAppearWhileTheirCauseLastsAndGoWithIt() {
        Morning m = morning();
        TestCenter c = m.center();
        at(9, 11);
        heartbeat(m.display(), "OK", null);
        heartbeat(m.kiosk(), "ERROR", "PAPER_OUT");
        at(9, 12);
        given().post("/api/centers/{c}/counters/3/open", c.code).then().statusCode(200);

        // 09:12: A005 has waited 16 min of 15 -> CRITICAL; the kiosk says its printer is out of paper; the display
        // beat 1 min ago; counter 3 opened just now (idle 0 min); HT's estimate fell to (12 min) * 1.15 = 13.8
        JsonPath live = live(c);
        assertThat(service(live, "DD")).containsEntry("level", "OVER");
        assertThat(service(live, "HT")).containsEntry("level", "OK");
        assertThat(alerts(live)).containsExactly("SERVICE_OVER_TARGET CRITICAL DD", "PRINTER_PROBLEM CRITICAL kiosk-1");
        assertThat(live.getString("alerts[0].message")).contains("người chờ lâu nhất đã chờ 16 phút, vượt mục tiêu 15 phút");
        assertThat(live.getString("alerts[1].message")).isEqualTo("Kiosk kiosk-1: máy in hết giấy.");
        assertThat(live.getString("alerts[1].messageEn")).isEqualTo("Kiosk kiosk-1: printer paper out.");

        // paper changed; 09:15: counter 3 has been idle exactly 3 min (not longer): no alert yet; the display's
        // last heartbeat (09:11) is 4 min old now
        heartbeat(m.kiosk(), "OK", "READY");
        at(9, 15);
        heartbeat(m.kiosk(), "OK", "READY");
        live = live(c);
        assertThat(alerts(live)).containsExactly("SERVICE_OVER_TARGET CRITICAL DD", "DEVICE_OFFLINE CRITICAL display-1");
        assertThat(live.getString("alerts[1].message")).isEqualTo("Màn hình display-1 mất kết nối: không có tín hiệu đã 4 phút.");

        // 09:16: idle 4 min > 3 while A005 waits for DD, which counter 3 serves
        at(9, 16);
        live = live(c);
        assertThat(alerts(live)).containsExactly("SERVICE_OVER_TARGET CRITICAL DD", "DEVICE_OFFLINE CRITICAL display-1",
                "COUNTER_IDLE WARN 3");
        assertThat(live.getString("alerts[2].message")).isEqualTo(
                "Quầy số 3 đang mở nhưng không gọi số nào đã 4 phút, trong khi còn người chờ: Dịch vụ DD (1).");

        // counter 3 calls A005: it is no longer idle and nobody waits for DD; the new-ticket estimate is counter 1's
        // floored remaining minute * 1.15 = 1.15 min (OK); within target: A005 waited 20 min -> 3 of 5 = 60.0%
        c.next(3).then().statusCode(200);
        heartbeat(m.display(), "OK", null);
        live = live(c);
        assertThat(alerts(live)).isEmpty();
        assertThat(service(live, "DD")).containsEntry("waiting", 0).containsEntry("longestWaitMinutes", null)
                .containsEntry("withinTargetPercent", 60.0f).containsEntry("level", "OK");
        assertThat(live.getFloat("services[0].estimatedWaitMinutes")).isCloseTo(1.15f, within(0.051f));
        assertThat(live.getMap("counters[2].currentTicket")).isEqualTo(
                Map.of("number", "A005", "service", "DD", "status", "CALLED", "sinceMinutes", 0.0f));

        // the kiosk's last print failed -> CRITICAL until a later print succeeds
        String c001 = kioskIssues(c, m.kiosk(), "CT");
        Users.device(m.kiosk()).contentType(ContentType.JSON).body(Map.of("ok", false, "error", "PAPER_JAM"))
                .post("/api/tickets/{id}/printed", c001).then().statusCode(200);
        live = live(c);
        assertThat(alerts(live)).containsExactly("PRINTER_PROBLEM CRITICAL kiosk-1");
        assertThat(live.getString("alerts[0].message")).isEqualTo("Kiosk kiosk-1: in phiếu C001 không thành công (PAPER_JAM).");
        at(9, 17);
        heartbeat(m.kiosk(), "OK", "READY");
        String c002 = kioskIssues(c, m.kiosk(), "CT");
        Users.device(m.kiosk()).contentType(ContentType.JSON).body(Map.of("ok", true))
                .post("/api/tickets/{id}/printed", c002).then().statusCode(200);
        live = live(c);
        assertThat(alerts(live)).isEmpty();
        // CT: two waiting, the first since 09:16; no counter serves CT, so no estimate
        assertThat(service(live, "CT")).containsEntry("waiting", 2).containsEntry("longestWaitMinutes", 1.0f)
                .containsEntry("estimatedWaitMinutes", null);

        // counter 2 finishes A003 and calls B002 (else B002's 18 min at 09:20 would be WARN for HT);
        // 09:20: the display (last beat 09:16) is offline again, 4 min
        act(m.a003(), "finish");
        c.next(2).then().statusCode(200);
        at(9, 20);
        heartbeat(m.kiosk(), "OK", "READY");
        assertThat(alerts(live(c))).containsExactly("DEVICE_OFFLINE CRITICAL display-1");
    }

    // ---------- helpers ----------

    private void at(int hour, int minute) {
        clock.set(DAY.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant());
    }

    private static JsonPath live(TestCenter c) {
        return given().get("/api/centers/{c}/stats/live", c.code).then().statusCode(200).extract().jsonPath();
    }

    private static void call(TestCenter c, int counter, String expectedTicket) {
        assertThat(c.next(counter).then().statusCode(200).extract().<String>path("id")).isEqualTo(expectedTicket);
    }

    private static void act(String ticket, String action) {
        TestCenter.act(ticket, action).then().statusCode(200);
    }

    private static void heartbeat(String token, String status, String printer) {
        Map<String, Object> details = printer == null ? Map.of() : Map.of("printer", printer, "mode", "NORMAL");
        Users.device(token).contentType(ContentType.JSON).body(Map.of("status", status, "details", details))
                .post("/api/devices/heartbeat").then().statusCode(204);
    }

    private static String kioskIssues(TestCenter c, String token, String service) {
        return Users.device(token).contentType(ContentType.JSON).body(Map.of("service", service))
                .post("/api/centers/{c}/tickets", c.code).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> service(JsonPath live, String code) {
        return live.getMap("services.find { it.code == '" + code + "' }");
    }

    private static Map<String, Object> counter(JsonPath live, int number) {
        return live.getMap("counters.find { it.number == " + number + " }");
    }

    private static Map<String, Object> device(JsonPath live, String code) {
        return live.getMap("devices.find { it.code == '" + code + "' }");
    }

    /** Each alert as "KIND SEVERITY subject", in the order served. */
    private static List<String> alerts(JsonPath live) {
        List<Map<String, Object>> alerts = live.getList("alerts");
        return alerts.stream().map(a -> a.get("kind") + " " + a.get("severity") + " "
                + (a.get("service") != null ? a.get("service") : a.get("counter") != null ? a.get("counter") : a.get("device")))
                .toList();
    }
}
