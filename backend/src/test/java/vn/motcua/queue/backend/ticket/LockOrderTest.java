package vn.motcua.queue.backend.ticket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.common.DatabaseKind;
import vn.motcua.queue.backend.support.HeldCenter;
import vn.motcua.queue.backend.support.TestCenter;

/**
 * Every change locks its center's row before any other row (EventLog.lockCenter), so that no two changes wait
 * for each other crosswise. Shown on the database itself: another transaction holds the center's row; the change
 * must then wait at its center lock while holding no lock on a service, counter or ticket row of the center
 * (a third transaction locks all of them at once, without waiting); once the center is released it
 * completes. A change that waits longer than the lock timeout ({@code motcua.db.lock-timeout-ms}) is rolled back
 * whole and answered 503 with Retry-After.
 */
@QuarkusTest
class LockOrderTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    DatabaseKind database;

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void issuingWaitsForTheCenterBeforeLockingItsService() throws Exception {
        TestCenter center = TestCenter.create("LOI").service("S", "A").counter(1, "S");
        assertWaitsAtTheCenterHoldingNothingElse(center, () -> center.issue("S"), 201);
    }

    @Test
    void callingNextWaitsForTheCenterBeforeLockingServicesAndCounter() throws Exception {
        TestCenter center = TestCenter.create("LON").service("S", "A").service("T", "B").counter(1, "S", "T");
        center.issueId("S");
        assertWaitsAtTheCenterHoldingNothingElse(center, () -> center.next(1), 200);
    }

    @Test
    void aTicketActionWaitsForTheCenterBeforeLockingItsService() throws Exception {
        TestCenter center = TestCenter.create("LOA").service("S", "A").counter(1, "S");
        center.issueId("S");
        String called = center.next(1).then().statusCode(200).extract().path("id");
        assertWaitsAtTheCenterHoldingNothingElse(center, () -> TestCenter.act(called, "start"), 200);
    }

    @Test
    void aTransferWaitsForTheCenterBeforeLockingEitherService() throws Exception {
        TestCenter center = TestCenter.create("LOT").service("S", "A").service("T", "B").counter(1, "S");
        center.issueId("S");
        String called = center.next(1).then().statusCode(200).extract().path("id");
        assertWaitsAtTheCenterHoldingNothingElse(center, () -> given().contentType(ContentType.JSON)
                .body(Map.of("service", "T")).post("/api/tickets/{id}/transfer", called), 200);
    }

    @Test
    void finishAndNextWaitsForTheCenterBeforeLockingServicesAndCounter() throws Exception {
        TestCenter center = TestCenter.create("LOF").service("S", "A").counter(1, "S");
        center.issueId("S");
        center.issueId("S");
        String called = center.next(1).then().statusCode(200).extract().path("id");
        TestCenter.act(called, "start").then().statusCode(200);
        assertWaitsAtTheCenterHoldingNothingElse(center, () -> given().contentType(ContentType.JSON)
                .body(Map.of("ticket", called))
                .post("/api/centers/{c}/counters/1/finish-and-next", center.code), 200);
    }

    @Test
    void pausingACounterWaitsForTheCenterBeforeLockingTheCounter() throws Exception {
        TestCenter center = TestCenter.create("LOP").service("S", "A").counter(1, "S");
        assertWaitsAtTheCenterHoldingNothingElse(center,
                () -> given().post("/api/centers/{c}/counters/1/pause", center.code), 200);
    }

    @Test
    void removingAServiceWaitsForTheCenterBeforeCountingItsTickets() throws Exception {
        // else a ticket issued between the count and the delete made the delete fail on the foreign key (a 500)
        TestCenter center = TestCenter.create("LOD").service("S", "A").service("T", "B").counter(1, "S");
        assertWaitsAtTheCenterHoldingNothingElse(center,
                () -> given().delete("/api/admin/centers/{c}/services/T", center.code), 204);
        center.issue("T").then().statusCode(404);
    }

    @Test
    void aChangeThatWaitsLongerThanTheLockTimeoutIsAnswered503AndChangesNothing() throws Exception {
        TestCenter center = TestCenter.create("LOB").service("S", "A").counter(1, "S");
        String key = UUID.randomUUID().toString();
        Callable<Response> issue = () -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", center.code);
        Response refused;
        try (HeldCenter held = HeldCenter.hold(dataSource, center.code)) {
            // bounded: without a lock timeout PostgreSQL would wait for the holder for ever
            refused = pool.submit(issue).get(30, TimeUnit.SECONDS);
        }
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.jsonPath().getString("detail")).contains("nothing was changed");
        // nothing was kept, not even the key's claim: the same request now issues the center's first ticket
        Response retried = issue.call();
        assertThat(retried.statusCode()).as(retried.asString()).isEqualTo(201);
        assertThat(retried.jsonPath().getString("number")).isEqualTo("A001");
        given().get("/api/centers/{c}/tickets", center.code).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(1));
    }

    private void assertWaitsAtTheCenterHoldingNothingElse(TestCenter center, Callable<Response> change, int status)
            throws Exception {
        Future<Response> answer;
        try (HeldCenter held = HeldCenter.hold(dataSource, center.code)) {
            answer = pool.submit(change);
            waitUntilBlockedAtTheCenterLock(answer);
            assertThat(answer.isDone()).as("the change went through while its center was locked").isFalse();
            assertNoOtherRowOfTheCenterLocked(held.id());
        }
        Response r = answer.get(30, TimeUnit.SECONDS);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
    }

    /** Until a session of this database waits in the center-locking statement (EventLog.lockCenter). */
    private void waitUntilBlockedAtTheCenterLock(Future<Response> answer) throws Exception {
        String waiting = database.postgres()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock' AND query LIKE 'SELECT id FROM center WHERE id = $1 FOR UPDATE%'"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                        + " AND UPPER(EXECUTING_STATEMENT) LIKE 'UPDATE CENTER SET EVENT_SEQ = EVENT_SEQ WHERE%'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet r = s.executeQuery(waiting)) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                if (answer.isDone()) {
                    throw new AssertionError("the change ended while its center was locked: "
                            + answer.get().statusCode() + " " + answer.get().asString());
                }
                assertThat(System.nanoTime()).as("the change never waited for the center's lock").isLessThan(deadline);
                Thread.sleep(10);
            }
        }
    }

    /** Locks every service, counter and ticket row of the center at once, failing on a lock held elsewhere. */
    private void assertNoOtherRowOfTheCenterLocked(long centerId) throws SQLException {
        try (Connection probe = dataSource.getConnection()) {
            probe.setAutoCommit(false);
            try {
                for (String table : new String[] {"service", "counter", "ticket"}) {
                    // NOWAIT (H2 and PostgreSQL): fails at once on a row locked by another transaction
                    try (PreparedStatement lock = probe.prepareStatement(
                            "SELECT id FROM " + table + " WHERE center_id = ? FOR UPDATE NOWAIT")) {
                        lock.setLong(1, centerId);
                        lock.executeQuery().close();
                    } catch (SQLException e) {
                        throw new AssertionError("a " + table + " row of the center was locked before its center: "
                                + e.getMessage(), e);
                    }
                }
            } finally {
                probe.rollback();
            }
        }
    }
}
