package vn.motcua.queue.backend.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Staff accounts made through the admin API, and requests signed in as them. */
public final class Users {

    public static final String PASSWORD = "password-for-tests";

    private Users() {
    }

    /** Creates a user with a fresh name bound to the centers; returns the name. */
    public static String create(String role, String... centers) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", PASSWORD, "role", role, "centers", List.of(centers)))
                .post("/api/admin/users").then().statusCode(201);
        return name;
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    public static RequestSpecification device(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return given().auth().none();
    }
}
