package vn.motcua.queue.backend.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;
import vn.motcua.queue.backend.support.Users;

/** Phone numbers: validated, masked for staff, never public, purged after the retention period. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    TestTimeSource time;
    @Inject
    PersonalData personalData;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void phoneIsMaskedForStaffAbsentForThePublicAndPurgedAfterRetention() {
        TestCenter c = TestCenter.create("PII").service("S", "A");
        Instant t0 = Instant.now();
        time.set(t0);
        String id = c.issue(Map.of("service", "S", "phone", "+84 912 345 678")).then().statusCode(201)
                .extract().path("id");
        Users.anonymous().get("/api/tickets/{id}", id).then().statusCode(200).body("phoneMasked", nullValue());
        // the whole public body holds no trace of the number (the ids and times are random, so look for digit runs)
        String body = Users.anonymous().get("/api/tickets/{id}", id).asString();
        assertThat(body).doesNotContain("912345678").doesNotContain("912 345").doesNotContain("0912");
        Map<String, Object> json = Users.anonymous().get("/api/tickets/{id}", id).as(Map.class);
        assertThat(json).allSatisfy((k, v) -> {
            if (k.toLowerCase().contains("phone")) {
                assertThat(v).as(k).isNull();
            }
        });
        given().get("/api/centers/{c}/tickets", c.code).then().body("[0].phoneMasked", equalTo("09******78"));

        String day = t0.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        // 29 days on the phone is kept (other tests' older tickets, made with a clock in the past, may go)
        time.set(t0.plus(Duration.ofDays(29)));
        personalData.purge();
        given().get("/api/centers/{c}/tickets?date=" + day, c.code).then().body("[0].phoneMasked", equalTo("09******78"));
        time.set(t0.plus(Duration.ofDays(31)));
        assertThat(personalData.purge()).isPositive();
        given().get("/api/centers/{c}/tickets?date=" + day, c.code)
                .then().body("[0].phoneMasked", nullValue()).body("[0].number", equalTo("A001"));
        assertThat(personalData.purge()).as("nothing left to purge").isZero();
    }

    @Test
    void maskKeepsTwoDigitsAtEachEnd() {
        assertThat(PersonalData.maskPhone("0912345678")).isEqualTo("09******78");
        assertThat(PersonalData.maskPhone(null)).isNull();
    }
}
