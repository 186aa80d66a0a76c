package vn.motcua.queue.backend.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.stats.StatsFixture;
import vn.motcua.queue.backend.support.TestTimeSource;

/**
 * The generator on the database: six weeks of a center like the demo one (nine services, twelve counters with
 * mixed work profiles, open 07:30-17:00 Monday-Friday) before Monday 30 November 2026.
 */
@QuarkusTest
class HistoryGeneratorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate FIRST = TODAY.minusWeeks(6);
    private static final LocalDate LAST = TODAY.minusDays(1);

    @Inject
    HistoryGenerator generator;
    @Inject
    TestTimeSource time;
    @Inject
    EntityManager em;

    @BeforeEach
    void mondayMorning() {
        // 10:00 in the center
        time.set(Instant.parse("2026-11-30T03:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void sixWeeksOfClosedTicketsWithConsistentEventsOnOpenDaysOnly() {
        String center = demoLike("HIST");
        long started = System.nanoTime();
        int written = generator.fill(center, FIRST, LAST, 42);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Log.infof("history: %d tickets of 6 weeks x 12 counters in %d ms", written, millis);
        // about 400 a day over 30 weekdays
        assertThat(written).isBetween(30 * 300, 30 * 500);

        List<Object[]> tickets = rows("SELECT CAST(t.id AS VARCHAR(36)), t.number, t.service_day, t.status, t.priority, t.channel, "
                + "s.prefix, t.counter_id FROM ticket t JOIN service s ON s.id = t.service_id "
                + "JOIN center c ON c.id = t.center_id WHERE c.code = ?1 ORDER BY s.prefix, t.service_day, t.issued_at, t.number", center);
        assertThat(tickets).hasSize(written);
        Map<String, Integer> nextNumber = new HashMap<>();
        Map<String, Long> byStatus = new HashMap<>();
        for (Object[] t : tickets) {
            LocalDate day = LocalDate.parse(t[2].toString());
            assertThat(day).isBetween(FIRST, LAST);
            assertThat(day.getDayOfWeek().getValue()).as("open Monday-Friday").isLessThanOrEqualTo(5);
            // numbered A001, A002, ... per service and day in order of issue
            int n = nextNumber.merge(t[6] + "/" + day, 1, Integer::sum);
            assertThat(t[1]).isEqualTo(t[6] + String.format("%03d", n));
            assertThat(t[5]).isEqualTo("KIOSK");
            byStatus.merge((String) t[3], 1L, Long::sum);
        }
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder("DONE", "NO_SHOW", "CANCELLED");
        assertThat(byStatus.get("DONE")).isGreaterThan(written * 9L / 10);
        long priority = tickets.stream().filter(t -> !"NONE".equals(t[4])).count();
        assertThat(priority).isPositive().isLessThan(written / 10);

        // the event log of each ticket, in order
        Map<String, List<String>> lives = new HashMap<>();
        for (Object[] e : rows("SELECT CAST(e.ticket_id AS VARCHAR(36)), e.type, e.actor, e.counter_number, e.to_status FROM ticket_event e "
                + "JOIN center c ON c.id = e.center_id WHERE c.code = ?1 ORDER BY e.ticket_id, e.occurred_at, e.id", center)) {
            String type = (String) e[1];
            if (!type.equals("issued") && !type.equals("cancelled")) {
                assertThat(e[2]).as("actor of " + type).isEqualTo("clerk" + e[3]);
            }
            if (type.equals("issued")) {
                assertThat(e[2]).isEqualTo("kiosk-1");
            }
            lives.computeIfAbsent(e[0].toString(), k -> new ArrayList<>()).add(type + ">" + e[4]);
        }
        assertThat(lives.size()).isEqualTo(written);
        for (Object[] t : tickets) {
            List<String> life = lives.get(t[0].toString());
            switch ((String) t[3]) {
                case "DONE" -> assertThat(life).containsExactly("issued>WAITING", "called>CALLED", "started>SERVING",
                        "finished>DONE");
                case "NO_SHOW" -> assertThat(life).containsExactly("issued>WAITING", "called>CALLED", "no_show>NO_SHOW");
                default -> assertThat(life).containsExactly("issued>WAITING", "cancelled>CANCELLED");
            }
        }

        // through the statistics view: issued < called < started < finished, issued in opening hours
        List<Object[]> stats = rows("SELECT s.issued_at, s.first_called_at, s.started_at, s.finished_at, s.issued_hour, "
                + "s.wait_seconds, s.target_wait_minutes, s.service_code, s.issued_day FROM ticket_stat s "
                + "JOIN center c ON c.id = s.center_id WHERE c.code = ?1", center);
        assertThat(stats).hasSize(written);
        double waitSum = 0;
        int called = 0;
        Map<String, double[]> byServiceDayHour = new HashMap<>();
        for (Object[] s : stats) {
            Instant issued = instant(s[0]);
            LocalTime local = issued.atZone(ZONE).toLocalTime();
            assertThat(local).isBetween(LocalTime.of(7, 30), LocalTime.of(17, 0));
            assertThat(((Number) s[4]).intValue()).isEqualTo(local.getHour());
            if (s[1] != null) {
                assertThat(instant(s[1])).isAfterOrEqualTo(issued);
                double wait = ((Number) s[5]).doubleValue() / 60;
                waitSum += wait;
                called++;
                double[] cell = byServiceDayHour.computeIfAbsent(s[7] + "/" + s[8] + "/" + s[4], k -> new double[3]);
                cell[0] += wait;
                cell[1]++;
                cell[2] = ((Number) s[6]).doubleValue();
            }
            if (s[2] != null) {
                assertThat(instant(s[2])).isAfter(instant(s[1]));
                assertThat(instant(s[3])).isAfter(instant(s[2]));
            }
        }
        assertThat(waitSum / called).isBetween(2.0, 40.0);
        long overTarget = byServiceDayHour.values().stream().filter(c -> c[0] / c[1] > c[2]).count();
        assertThat(overTarget).isPositive().isLessThan(byServiceDayHour.size() / 4);
    }

    @Test
    void theSameSeedWritesTheSameHistoryAndTodayIsNeverTouched() {
        String a = demoLike("HISTA");
        String b = demoLike("HISTB");
        LocalDate monday = TODAY.minusWeeks(1);
        int writtenA = generator.fill(a, monday, LAST, 9);
        assertThat(generator.fill(b, monday, LAST, 9)).isEqualTo(writtenA);
        assertThat(lives(b)).isEqualTo(lives(a));

        // days that have tickets are skipped; the demo hook does nothing once there is history
        assertThat(generator.fill(a, monday, LAST, 9)).isZero();
        assertThat(generator.fillWeeksBeforeToday(a, 2, 9)).isZero();
        assertThatThrownBy(() -> generator.fill(a, monday, TODAY, 9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before today");
        // today's numbering was not touched: the first ticket of today is still A001
        given().contentType(ContentType.JSON).body(Map.of("service", "DD"))
                .post("/api/centers/{c}/tickets", a).then().statusCode(201).body("number", equalTo("A001"));
    }

    @Test
    void theDemoHookFillsTheWeeksEndingYesterdayOfAFreshCenter() {
        String center = demoLike("HISTW");
        int written = generator.fillWeeksBeforeToday(center, 1, 5);
        assertThat(written).isPositive();
        List<Object[]> days = rows("SELECT DISTINCT t.service_day, 0 FROM ticket t JOIN center c ON c.id = t.center_id "
                + "WHERE c.code = ?1", center);
        // the week from Monday 23 November: its five open days
        assertThat(days.stream().map(d -> d[0].toString()).toList())
                .containsExactlyInAnyOrder("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27");
    }

    /** Per ticket, in order of issue: service, number, day, times, status and counter (not the id). */
    private List<String> lives(String center) {
        return rows("SELECT s.code, t.number, t.service_day, t.issued_at, t.called_at, t.started_at, t.finished_at, "
                + "t.status, t.priority, k.number FROM ticket t JOIN service s ON s.id = t.service_id "
                + "JOIN center c ON c.id = t.center_id LEFT JOIN counter k ON k.id = t.counter_id WHERE c.code = ?1 "
                + "ORDER BY t.issued_at, s.code, t.number", center).stream()
                .map(r -> java.util.Arrays.toString(r)).toList();
    }

    /** A center like the demo: HCC-DEMO's services and work profiles, with a kiosk. */
    private static String demoLike(String prefix) {
        String c = StatsFixture.center(prefix, "1,2,3,4,5");
        String[][] services = DemoLike.SERVICES;
        for (String[] s : services) {
            StatsFixture.service(c, s[0], s[1], 15, Double.parseDouble(s[2]));
        }
        String[][] profiles = DemoLike.PROFILES;
        for (int i = 0; i < profiles.length; i++) {
            List<Object> profile = new ArrayList<>();
            for (String s : profiles[i]) {
                profile.add(s);
                profile.add(1.0);
            }
            StatsFixture.counter(c, i + 1, profile.toArray());
        }
        given().contentType(ContentType.JSON).body(Map.of("code", "kiosk-1", "kind", "KIOSK"))
                .post("/api/admin/centers/{c}/devices", c).then().statusCode(201);
        return c;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String center) {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery(sql).setParameter(1, center).getResultList());
    }

    private static Instant instant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + v.getClass());
    }
}
