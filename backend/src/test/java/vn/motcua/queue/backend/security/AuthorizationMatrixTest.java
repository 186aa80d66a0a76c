package vn.motcua.queue.backend.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.Users;

/**
 * Derived from the OpenAPI document, so a new endpoint is covered without editing this test: every operation
 * that declares roles refuses an anonymous caller (401), a caller of a role it does not list (403) and, where
 * it acts on a center, a caller of a listed role from another center (403).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @Test
    void everyProtectedOperationRefusesAnonymousWrongRoleAndOtherCenter() throws Exception {
        TestCenter a = TestCenter.create("MXA").service("S", "A").counter(1, "S");
        TestCenter b = TestCenter.create("MXB").service("S", "A");
        String ticket = a.issueId("S");
        String kioskA = a.kiosk("k1");
        String displayA = given().contentType(ContentType.JSON).body(Map.of("code", "d1", "kind", "DISPLAY"))
                .post("/api/admin/centers/{c}/devices", a.code).then().statusCode(201).extract().path("token");
        String kioskB = b.kiosk("k1");
        Map<String, RequestSpecificationFactory> ofRoleInA = new LinkedHashMap<>();
        ofRoleInA.put("ADMIN", () -> given());
        String supA = Users.create("SUPERVISOR", a.code);
        String clerkA = Users.create("CLERK", a.code);
        ofRoleInA.put("SUPERVISOR", () -> Users.as(supA));
        ofRoleInA.put("CLERK", () -> Users.as(clerkA));
        ofRoleInA.put("KIOSK", () -> Users.device(kioskA));
        ofRoleInA.put("DISPLAY", () -> Users.device(displayA));
        Map<String, RequestSpecificationFactory> ofRoleInB = new LinkedHashMap<>();
        String supB = Users.create("SUPERVISOR", b.code);
        String clerkB = Users.create("CLERK", b.code);
        ofRoleInB.put("SUPERVISOR", () -> Users.as(supB));
        ofRoleInB.put("CLERK", () -> Users.as(clerkB));
        ofRoleInB.put("KIOSK", () -> Users.device(kioskB));

        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE").contains(method) || !op.getValue().has("security")) {
                    continue;
                }
                Set<String> roles = new TreeSet<>();
                op.getValue().get("security").forEach(req -> req.fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText()))));
                String url = path.getKey().replace("{center}", a.code).replace("{number}", "1")
                        .replace("{id}", ticket).replace("{service}", "S").replace("{code}", "k1")
                        .replace("{username}", clerkA);
                String what = method + " " + path.getKey() + " " + roles;

                assertThat(send(Users.anonymous(), method, url).statusCode()).as("anonymous " + what).isEqualTo(401);
                for (Map.Entry<String, RequestSpecificationFactory> role : ofRoleInA.entrySet()) {
                    if (!roles.contains(role.getKey())) {
                        assertThat(send(role.getValue().make(), method, url).statusCode())
                                .as(role.getKey() + " on " + what).isEqualTo(403);
                    }
                }
                boolean centerScoped = path.getKey().contains("{center}") || path.getKey().contains("{id}");
                if (centerScoped && !path.getKey().startsWith("/api/admin")) {
                    for (Map.Entry<String, RequestSpecificationFactory> role : ofRoleInB.entrySet()) {
                        if (roles.contains(role.getKey())) {
                            assertThat(send(role.getValue().make(), method, url).statusCode())
                                    .as(role.getKey() + " of another center on " + what).isEqualTo(403);
                        }
                    }
                }
                checked.add(what);
            }
        }
        assertThat(checked).as("protected operations found in the OpenAPI document").hasSizeGreaterThan(30);
        // what stays public
        Users.anonymous().get("/api/centers").then().statusCode(200);
        Users.anonymous().get("/api/centers/{c}/services", a.code).then().statusCode(200);
        Users.anonymous().get("/api/tickets/{id}", ticket).then().statusCode(200);
        Users.anonymous().get("/q/health").then().statusCode(200);
    }

    interface RequestSpecificationFactory {
        RequestSpecification make();
    }

    private static Response send(RequestSpecification spec, String method, String url) {
        RequestSpecification s = spec.contentType(ContentType.JSON);
        return switch (method) {
            case "GET" -> s.get(url);
            case "DELETE" -> s.delete(url);
            case "PUT" -> s.body("{}").put(url);
            default -> s.body("{}").post(url);
        };
    }
}
