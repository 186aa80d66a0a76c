package vn.motcua.queue.backend.reports;

import static io.restassured.RestAssured.given;
import static vn.motcua.queue.backend.reports.TicketHistory.ticket;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Eight tickets over two days at counters 1, 2 and 10 with two clerks, every wait and service time known
 * (center-local times, Asia/Ho_Chi_Minh), plus a ticket the day after and one in another center that no
 * report of the range may show.
 *
 * <pre>
 * ticket  service  issued       first call        wait   service  how it ended               counter  clerk
 * T1 A001 DD  03-02 06:50:00  07:00:00 at 1 by L  10 min  10 min   finished at 1 by L         1        L
 * T2 A002 DD  03-02 08:05:00  08:25:00 at 2 by C  20 min  6.9 min  finished at 2 by C (414 s) 2        C
 * T3 A003 DD  03-02 08:10:00  08:40:00 at 1 by L  30 min  -        no-show at 1 by L          1        L
 * T4 B001 HT  03-02 09:00:00  09:05:00 at 2 by C   5 min  14.5 min finished at 2 by C (870 s) 2        C
 * T5 B002 HT  03-02 09:10:00  never called        -       -        cancelled (had a phone)    -        -
 * T6 A001 DD  03-03 08:00:00  08:12:00 at 10 by L 12 min  9 min    no-show at 10 by L, rejoined, called
 *                                                                  at 1 by C, finished at 1 by C 1     C
 * T7 B001 HT  03-03 10:00:00  10:18:00 at 10 by C 18 min  -        expired while called       10       (không rõ)
 * T8 C001 CT  03-03 11:00:00  never called        -       -        cancelled                  -        -
 * </pre>
 * L = "Lê Văn Bình" (a display name), C = a clerk without a display name (shown by username). Targets: DD 15
 * min, HT 20 min, CT 15 min. Services in their sort order DD, HT, CT (not alphabetical); HT's name has a
 * comma and quotes, CT's name looks like a spreadsheet formula.
 *
 * <p>On {@link #ATTRIBUTION_DAY}, apart from the range above, two tickets that a counter or clerk gets by
 * their first call and their last no-show, not by the lowest counter number or the greatest username:
 * <pre>
 * T9  A001 DD 03-05 09:00:00  09:10:00 at 10 by C 10 min  called at 10 by C, transferred, called at 1 by L,
 *                                                         expired while called              10       (không rõ)
 * T10 A002 DD 03-05 10:00:00  10:05:00 at 10 by L  5 min  no-show at 10 by L, rejoined, called at 2 by C,
 *                                                         no-show at 2 by C                 2        C
 * </pre>
 */
final class ReportFixture {

    static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);
    static final LocalDate DAY2 = LocalDate.of(2026, 3, 3);
    static final LocalDate ATTRIBUTION_DAY = LocalDate.of(2026, 3, 5);
    static final String HT_NAME = "Hộ tịch, \"khai sinh\"";
    static final String CT_NAME = "=HYPERLINK(\"http://x.invalid\",\"Chứng thực\")";
    static final String CLERK_L_NAME = "Lê Văn Bình";
    static final String PHONE = "0987654321";

    final String center;
    final String centerName;
    final String clerkL;
    final String clerkC;
    final Map<String, UUID> tickets = new HashMap<>();

    private ReportFixture(String center, String clerkL, String clerkC) {
        this.center = center;
        this.centerName = "Test " + center;
        this.clerkL = clerkL;
        this.clerkC = clerkC;
    }

    static ReportFixture create() {
        TestCenter c = TestCenter.create("RPT").service("DD", "A", 15, 10, "STRICT")
                .service("HT", "B", 20, 10, "STRICT").service("CT", "C", 15, 10, "STRICT")
                .counter(1, "DD", "HT", "CT").counter(2, "DD", "HT", "CT").counter(10, "DD", "HT", "CT");
        rename(c.code, "DD", "Đất đai");
        rename(c.code, "HT", HT_NAME);
        rename(c.code, "CT", CT_NAME);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ReportFixture f = new ReportFixture(c.code, clerk("le-" + suffix, CLERK_L_NAME, c.code),
                clerk("clerk-" + suffix, null, c.code));
        f.tickets();
        f.elsewhere();
        f.attribution();
        return f;
    }

    private void tickets() {
        String l = clerkL;
        String k = clerkC;
        tickets.put("T1", ticket(center, "DD", "A001", at(DAY1, "06:50")).called(at(DAY1, "07:00"), 1, l)
                .started(at(DAY1, "07:01"), 1, l).finished(at(DAY1, "07:11"), 1, l).save(TicketStatus.DONE));
        tickets.put("T2", ticket(center, "DD", "A002", at(DAY1, "08:05")).called(at(DAY1, "08:25"), 2, k)
                .started(at(DAY1, "08:26"), 2, k).finished(at(DAY1, "08:32:54"), 2, k).save(TicketStatus.DONE));
        tickets.put("T3", ticket(center, "DD", "A003", at(DAY1, "08:10")).called(at(DAY1, "08:40"), 1, l)
                .noShow(at(DAY1, "08:42"), 1, l).save(TicketStatus.NO_SHOW));
        tickets.put("T4", ticket(center, "HT", "B001", at(DAY1, "09:00")).called(at(DAY1, "09:05"), 2, k)
                .started(at(DAY1, "09:06"), 2, k).finished(at(DAY1, "09:20:30"), 2, k).save(TicketStatus.DONE));
        tickets.put("T5", ticket(center, "HT", "B002", at(DAY1, "09:10")).phone(PHONE)
                .cancelled(at(DAY1, "09:15"), "test-admin").save(TicketStatus.CANCELLED));
        tickets.put("T6", ticket(center, "DD", "A001", at(DAY2, "08:00")).called(at(DAY2, "08:12"), 10, l)
                .noShow(at(DAY2, "08:14"), 10, l).rejoined(at(DAY2, "08:20"), "test-admin")
                .called(at(DAY2, "08:30"), 1, k).started(at(DAY2, "08:31"), 1, k).finished(at(DAY2, "08:40"), 1, k)
                .save(TicketStatus.DONE));
        tickets.put("T7", ticket(center, "HT", "B001", at(DAY2, "10:00")).called(at(DAY2, "10:18"), 10, k)
                .expired(at(DAY2, "17:00"), 10).save(TicketStatus.EXPIRED));
        tickets.put("T8", ticket(center, "CT", "C001", at(DAY2, "11:00"))
                .cancelled(at(DAY2, "11:05"), "test-admin").save(TicketStatus.CANCELLED));
    }

    /** Outside the report: the next local day (still 03-03 in UTC), and another center on day 1. */
    private void elsewhere() {
        LocalDate day3 = DAY2.plusDays(1);
        ticket(center, "DD", "A001", at(day3, "00:30")).called(at(day3, "00:35"), 1, clerkL)
                .started(at(day3, "00:36"), 1, clerkL).finished(at(day3, "00:50"), 1, clerkL).save(TicketStatus.DONE);
        TestCenter other = TestCenter.create("RPO").service("DD", "A").counter(1, "DD");
        ticket(other.code, "DD", "A001", at(DAY1, "09:00")).called(at(DAY1, "09:01"), 1, clerkL)
                .started(at(DAY1, "09:02"), 1, clerkL).finished(at(DAY1, "09:03"), 1, clerkL).save(TicketStatus.DONE);
    }

    /** T9 and T10 (see above). */
    private void attribution() {
        LocalDate day = ATTRIBUTION_DAY;
        tickets.put("T9", ticket(center, "DD", "A001", at(day, "09:00")).called(at(day, "09:10"), 10, clerkC)
                .transferred(at(day, "09:12"), 10, clerkC).called(at(day, "09:30"), 1, clerkL)
                .expired(at(day, "17:00"), 1).save(TicketStatus.EXPIRED));
        tickets.put("T10", ticket(center, "DD", "A002", at(day, "10:00")).called(at(day, "10:05"), 10, clerkL)
                .noShow(at(day, "10:07"), 10, clerkL).rejoined(at(day, "10:20"), "test-admin")
                .called(at(day, "10:30"), 2, clerkC).noShow(at(day, "10:32"), 2, clerkC).save(TicketStatus.NO_SHOW));
    }

    static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time));
    }

    private static void rename(String center, String service, String name) {
        given().contentType(ContentType.JSON).body(Map.of("name", name))
                .put("/api/admin/centers/{c}/services/{s}", center, service).then().statusCode(200);
    }

    private static String clerk(String username, String fullName, String center) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", "password-for-tests",
                "role", "CLERK", "centers", List.of(center)));
        if (fullName != null) {
            body.put("fullName", fullName);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/admin/users").then().statusCode(201);
        return username;
    }
}
