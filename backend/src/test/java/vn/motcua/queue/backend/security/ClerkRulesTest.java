package vn.motcua.queue.backend.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.Users;

/** A clerk signs in to one counter and acts only there; a supervisor acts for the whole center; all audited. */
@QuarkusTest
class ClerkRulesTest {

    @Test
    void aClerkActsOnlyAtTheCounterTheySignedInTo() {
        TestCenter c = TestCenter.create("CLRK").service("S", "A");
        given().contentType(ContentType.JSON).body(Map.of("number", 1, "services", java.util.List.of(Map.of("service", "S"))))
                .post("/api/admin/centers/{c}/counters", c.code).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("number", 2, "services", java.util.List.of(Map.of("service", "S"))))
                .post("/api/admin/centers/{c}/counters", c.code).then().statusCode(201);
        String alice = Users.create("CLERK", c.code);
        String bob = Users.create("CLERK", c.code);
        String sup = Users.create("SUPERVISOR", c.code);
        String first = c.issueId("S");
        String second = c.issueId("S");

        Users.as(alice).post("/api/centers/{c}/counters/1/next", c.code).then().statusCode(403)
                .body("detail", containsString("Sign in to counter 1"));
        Users.as(alice).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200)
                .body("clerk", equalTo(alice));
        Users.as(bob).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(409)
                .body("detail", containsString(alice));
        Users.as(alice).post("/api/centers/{c}/counters/2/open", c.code).then().statusCode(409)
                .body("detail", containsString("counter 1"));
        Users.as(bob).post("/api/centers/{c}/counters/1/next", c.code).then().statusCode(403);
        Users.as(alice).post("/api/centers/{c}/counters/1/next", c.code).then().statusCode(200)
                .body("id", equalTo(first));
        Users.as(bob).post("/api/tickets/{id}/start", first).then().statusCode(403)
                .body("detail", containsString("not at your counter"));
        Users.as(alice).post("/api/tickets/{id}/start", first).then().statusCode(200);
        Users.as(alice).post("/api/tickets/{id}/cancel", second).then().statusCode(403)
                .body("detail", containsString("supervisor"));
        Users.as(sup).post("/api/tickets/{id}/cancel", second).then().statusCode(200);
        Users.as(alice).post("/api/tickets/{id}/finish", first).then().statusCode(200);
        Users.as(alice).post("/api/centers/{c}/counters/1/close", c.code).then().statusCode(200);
        Users.as(bob).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);

        Users.as(sup).get("/api/centers/{c}/audit?actor=" + alice, c.code).then().statusCode(200)
                .body("action", hasItem("ticket.call")).body("action", hasItem("ticket.start"))
                .body("action", hasItem("counter.open")).body("counter", hasItem(1));
        Users.as(sup).get("/api/centers/{c}/audit?action=ticket.cancel", c.code).then()
                .body("[0].actor", equalTo(sup)).body("[0].target", equalTo("A002"));
        Users.as(alice).get("/api/centers/{c}/audit", c.code).then().statusCode(403);
    }
}
