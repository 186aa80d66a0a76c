package vn.motcua.queue.backend.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.Users;

/** Web sessions, CSRF, security headers and login throttling. */
@QuarkusTest
class SessionsAndGuardsTest {

    @Inject
    LoginThrottle throttle;

    @Test
    void signInGivesAnHttpOnlyStrictCookieAndACsrfTokenThatStateChangesMustEcho() {
        TestCenter c = TestCenter.create("SESS").service("S", "A").counter(1, "S");
        String sup = Users.create("SUPERVISOR", c.code);
        Response login = Users.anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", sup, "password", Users.PASSWORD)).post("/api/session");
        login.then().statusCode(200).body("username", equalTo(sup)).body("role", equalTo("SUPERVISOR"));
        String cookie = login.getCookie("motcua-session");
        String csrf = login.path("csrfToken");
        String setCookie = login.getHeader("Set-Cookie");
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(cookie).isNotBlank();
        assertThat(csrf).isNotBlank();

        Users.anonymous().cookie("motcua-session", cookie).get("/api/centers/{c}/counters", c.code)
                .then().statusCode(200);
        Users.anonymous().cookie("motcua-session", cookie).post("/api/centers/{c}/counters/1/pause", c.code)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("CSRF"));
        Users.anonymous().cookie("motcua-session", cookie).header("X-CSRF-Token", "forged")
                .post("/api/centers/{c}/counters/1/pause", c.code).then().statusCode(403);
        Users.anonymous().cookie("motcua-session", cookie).header("X-CSRF-Token", csrf)
                .post("/api/centers/{c}/counters/1/pause", c.code).then().statusCode(200)
                .body("status", equalTo("PAUSED"));

        Users.anonymous().cookie("motcua-session", cookie).delete("/api/session").then().statusCode(204);
        Users.anonymous().cookie("motcua-session", cookie).get("/api/centers/{c}/counters", c.code)
                .then().statusCode(401);
    }

    @Test
    void aSessionFollowsItsAccountFromTheVeryNextRequest() {
        TestCenter c = TestCenter.create("SESA").service("S", "A").counter(1, "S");
        TestCenter other = TestCenter.create("SESB").service("S", "A").counter(1, "S");
        String clerk = Users.create("CLERK", c.code);
        Response login = Users.anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", clerk, "password", Users.PASSWORD)).post("/api/session");
        login.then().statusCode(200);
        String cookie = login.getCookie("motcua-session");
        String csrf = login.path("csrfToken");
        Users.anonymous().cookie("motcua-session", cookie).get("/api/centers/{c}/counters", other.code)
                .then().statusCode(403);

        // a center added to the account counts at once for the session already open, for reads and changes
        given().contentType(ContentType.JSON).body(Map.of("centers", List.of(c.code, other.code)))
                .put("/api/admin/users/{u}", clerk).then().statusCode(200);
        Users.anonymous().cookie("motcua-session", cookie).get("/api/centers/{c}/counters", other.code)
                .then().statusCode(200);
        Users.anonymous().cookie("motcua-session", cookie).header("X-CSRF-Token", csrf)
                .post("/api/centers/{c}/counters/1/open", other.code).then().statusCode(200)
                .body("status", equalTo("OPEN"));

        // a disabled account's session is refused, the CSRF check passing or not; enabled again, it works again
        given().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put("/api/admin/users/{u}", clerk).then().statusCode(200);
        Users.anonymous().cookie("motcua-session", cookie).get("/api/centers/{c}/counters", c.code)
                .then().statusCode(401).contentType("application/problem+json");
        Users.anonymous().cookie("motcua-session", cookie).header("X-CSRF-Token", csrf)
                .post("/api/centers/{c}/counters/1/pause", other.code).then().statusCode(401);
        Users.anonymous().cookie("motcua-session", cookie).post("/api/centers/{c}/counters/1/pause", other.code)
                .then().statusCode(403);
        given().get("/api/centers/{c}/counters", other.code).then().statusCode(200)
                .body("find { it.number == 1 }.status", equalTo("OPEN"));
        given().contentType(ContentType.JSON).body(Map.of("enabled", true))
                .put("/api/admin/users/{u}", clerk).then().statusCode(200);
        Users.anonymous().cookie("motcua-session", cookie).header("X-CSRF-Token", csrf)
                .post("/api/centers/{c}/counters/1/pause", other.code).then().statusCode(200)
                .body("status", equalTo("PAUSED"));
    }

    @Test
    void wrongPasswordIs401AndAfterFiveFailuresEveryAttemptIsDelayed() {
        TestCenter c = TestCenter.create("THR");
        String clerk = Users.create("CLERK", c.code);
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(clerk, "wrong-" + i).get("/api/centers/{c}/counters", c.code)
                    .then().statusCode(401).contentType("application/problem+json");
        }
        assertThat(throttle.delayFor(clerk)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        long start = System.nanoTime();
        Users.anonymous().contentType(ContentType.JSON).body(Map.of("username", clerk, "password", "still-wrong"))
                .post("/api/session").then().statusCode(401);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayFor(clerk)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        Users.as(clerk).get("/api/centers/{c}/counters", c.code).then().statusCode(200);
        assertThat(throttle.failures(clerk)).isZero();
        given().get("/api/admin/audit?actor=" + clerk + "&action=login_failed").then().statusCode(200)
                .body("size()", equalTo(6));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        Users.anonymous().get("/api/centers").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void aKioskIssuingTooFastGets429WithRetryAfter() {
        TestCenter c = TestCenter.create("RATE").service("S", "A");
        String token = c.kiosk("k1");
        int created = 0;
        Response refused = null;
        for (int i = 0; i < 8 && refused == null; i++) {
            Response r = Users.device(token).contentType(ContentType.JSON).body(Map.of("service", "S"))
                    .post("/api/centers/{c}/tickets", c.code);
            if (r.statusCode() == 201) {
                created++;
            } else {
                refused = r;
            }
        }
        assertThat(created).isBetween(5, 7);
        assertThat(refused).isNotNull();
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isPositive();
    }
}
