package vn.motcua.queue.backend.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Before each test, REST Assured signs in as the test profile's bootstrap admin (HTTP Basic, preemptive);
 * a test that wants another caller says so with {@code given().auth()...}.
 */
public class SignInAsAdmin implements QuarkusTestBeforeEachCallback {

    public static final String USER = "test-admin";
    public static final String PASSWORD = "test-admin-password";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(USER, PASSWORD);
    }
}
