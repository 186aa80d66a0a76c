package vn.motcua.queue.backend.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With motcua.demo.history-weeks set, the demo center starts with that many weeks of history ending yesterday. */
@QuarkusTest
@TestProfile(DemoHistoryTest.DemoWithHistory.class)
class DemoHistoryTest {

    public static class DemoWithHistory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.demo.seed", "true", "motcua.demo.history-weeks", "1");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void demoCenterHasLastWeeksHistoryAndTodayStartsAtOne() {
        // the demo center is open every day: the seven days before today (the clock is the real one at startup)
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<LocalDate> days = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select distinct t.serviceDay from Ticket t, Center c where c.id = t.centerId and c.code = ?1 "
                                + "order by 1", LocalDate.class)
                .setParameter(1, "HCC-DEMO").getResultList());
        assertThat(days).containsExactlyElementsOf(today.minusDays(7).datesUntil(today).toList());
        given().auth().none().header("Authorization", "Bearer demo-kiosk-1").contentType(ContentType.JSON)
                .body(Map.of("service", "DD")).post("/api/centers/HCC-DEMO/tickets")
                .then().statusCode(201).body("number", equalTo("A001"));
    }
}
