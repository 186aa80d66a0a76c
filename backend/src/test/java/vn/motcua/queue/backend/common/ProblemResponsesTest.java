package vn.motcua.queue.backend.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.backend.ticket.TicketEvent;

/** Every refusal is problem+json with an actionable detail, and changes nothing in the database. */
@QuarkusTest
class ProblemResponsesTest {

    @Inject
    TestTimeSource time;

    TestCenter c;
    String waiting;
    long tickets;
    long events;

    @BeforeEach
    void setUp() {
        c = TestCenter.create("ERR").service("S", "A").service("CLOSED", "C").counter(1, "S");
        given().contentType(ContentType.JSON).body(Map.of("open", false))
                .put("/api/admin/centers/{c}/services/CLOSED", c.code).then().statusCode(200);
        waiting = c.issueId("S");
        tickets = count(Ticket.class);
        events = count(TicketEvent.class);
    }

    @AfterEach
    void checkNothingChanged() {
        time.reset();
        assertThat(count(Ticket.class)).isEqualTo(tickets);
        assertThat(count(TicketEvent.class)).isEqualTo(events);
        given().get("/api/tickets/{id}", waiting).then().body("status", equalTo("WAITING"));
    }

    @Test
    void unknownCenterServiceCounterAndTicketAre404() {
        problem(given().contentType(ContentType.JSON).body(Map.of("service", "S"))
                .post("/api/centers/NOPE/tickets").then(), 404, "NOPE");
        problem(c.issue("NOPE").then(), 404, "NOPE");
        problem(c.next(99).then(), 404, "99");
        problem(given().get("/api/tickets/{id}", "00000000-0000-0000-0000-000000000000").then(), 404, "Unknown ticket");
        problem(TestCenter.act("not-a-uuid", "start").then(), 404, "Unknown ticket");
        problem(given().get("/api/centers/NOPE/services").then(), 404, "NOPE");
    }

    @Test
    void forbiddenTransitionIs409NamingTheState() {
        problem(TestCenter.act(waiting, "start").then(), 409, "WAITING");
        problem(TestCenter.act(waiting, "finish").then(), 409, "WAITING");
        problem(TestCenter.act(waiting, "recall").then(), 409, "WAITING");
        problem(given().contentType(ContentType.JSON).body(Map.of("service", "S"))
                .post("/api/tickets/{id}/transfer", waiting).then(), 409, "already in service");
    }

    @Test
    void malformedBodiesAre400NamingTheField() {
        problem(given().contentType(ContentType.JSON).body("{\"service\": ").post("/api/centers/{c}/tickets", c.code)
                .then(), 400, "Malformed");
        problem(c.issue(Map.of("service", "S", "priority", "VIP")).then(), 400, "priority");
        problem(c.issue(Map.of("service", "S", "channel", "FAX")).then(), 400, "channel");
        problem(c.issue(Map.of("priority", "NONE")).then(), 400, "service");
        problem(c.issue(Map.of("service", "S", "phone", "12345")).then(), 400, "phone");
        problem(given().contentType(ContentType.JSON).body(Map.of("ok", "maybe"))
                .post("/api/tickets/{id}/printed", waiting).then(), 400, "ok");
        problem(given().get("/api/centers/{c}/tickets?date=yesterday", c.code).then(), 400, "date");
        problem(given().get("/api/centers/{c}/tickets?status=LOST", c.code).then(), 400, "status");
    }

    @Test
    void bodyOver64KiBIs413() {
        String big = "{\"service\":\"S\",\"phone\":\"" + "9".repeat(70 * 1024) + "\"}";
        problem(given().contentType(ContentType.JSON).body(big).post("/api/centers/{c}/tickets", c.code).then(),
                413, "64 KiB");
    }

    @Test
    void closedServiceAndClosedCenterAre409() {
        problem(c.issue("CLOSED").then(), 409, "not open");
        given().contentType(ContentType.JSON).body(Map.of("opensAt", "07:30", "closesAt", "17:00"))
                .put("/api/admin/centers/{c}", c.code).then().statusCode(200);
        time.set(Instant.parse("2026-12-01T12:00:00Z")); // 19:00 in Ho Chi Minh City
        problem(c.issue("S").then(), 409, "closed");
    }

    private static void problem(ValidatableResponse r, int status, String detailPart) {
        r.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("title", notNullValue()).body("type", notNullValue())
                .body("detail", containsString(detailPart));
    }

    private static long count(Class<?> entity) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) Ticket.getEntityManager()
                .createQuery("select count(e) from " + entity.getSimpleName() + " e").getSingleResult());
    }
}
