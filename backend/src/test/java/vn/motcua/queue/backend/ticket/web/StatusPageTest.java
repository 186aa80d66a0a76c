package vn.motcua.queue.backend.ticket.web;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.Users;

/** The page behind the QR code is public, Vietnamese first, and its assets are served locally. */
@QuarkusTest
class StatusPageTest {

    @Test
    void statusPageOfATicketIsServedWithoutSignInAndLoadsOnlyLocalAssets() {
        TestCenter c = TestCenter.create("QR").service("S", "A");
        String id = c.issueId("S");
        Users.anonymous().get("/t/{id}", id).then().statusCode(200).contentType("text/html")
                .body(containsString("lang=\"vi\"")).body(containsString("Số thứ tự của bạn"))
                .body(containsString("src=\"/status/status.js\"")).body(org.hamcrest.Matchers.not(containsString("http")));
        Users.anonymous().get("/status/status.js").then().statusCode(200).body(containsString("/api/tickets/"));
    }
}
