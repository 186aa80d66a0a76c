package vn.motcua.queue.display.testing;

import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real backend (demo profile, fresh H2 in a temp dir) as a child process, started once for all
 * display test classes and stopped when JUnit finishes. {@link #restart()} stops it and starts it
 * again on the same port and working directory (same database), as a backend upgrade would.
 * Its jar comes from the system property {@code motcua.backend.dir}; a missing jar fails the tests.
 */
public final class BackendProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    public static final String CENTER = "/api/centers/HCC-DEMO";
    private static final String SUPERVISOR = "Basic " + Base64.getEncoder().encodeToString("supervisor:demo".getBytes());

    private final Path jar;
    private final Path workDir;
    private final int port;
    private final URI url;
    private Process process;

    private BackendProcess() throws IOException {
        jar = jar();
        workDir = Files.createTempDirectory("display-test-backend");
        port = freePort();
        url = URI.create("http://127.0.0.1:" + port);
        start();
    }

    public static BackendProcess shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(BackendProcess.class, k -> {
                    try {
                        return new BackendProcess();
                    } catch (IOException e) {
                        throw new AssertionError("cannot start the backend", e);
                    }
                }, BackendProcess.class);
    }

    public URI url() {
        return url;
    }

    public void start() throws IOException {
        process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=demo", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                // tests fill the hall quickly through the one demo kiosk token: its per-device limit is lifted
                "-Dmotcua.rate-limit.device.per-second=0",
                "-jar", jar.toString()))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("backend.log").toFile()))
                .start();
        try {
            awaitReady();
        } catch (RuntimeException | AssertionError e) {
            stop();
            throw e;
        }
    }

    public void awaitReady() {
        await("backend ready (log: " + workDir.resolve("backend.log") + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("backend exited; see " + workDir.resolve("backend.log"));
                    }
                    return get("/q/health/ready").statusCode() == 200;
                });
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public void restart() throws IOException {
        stop();
        start();
    }

    static Path jar() {
        String dir = System.getProperty("motcua.backend.dir");
        if (dir == null || dir.isBlank()) {
            dir = "../backend/target/quarkus-app";
        }
        Path jar = Path.of(dir).resolve("quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("backend jar not found at " + jar + ": build the backend first (./mvnw verify builds it"
                    + " before display) or pass -Dmotcua.backend.dir=<dir with quarkus-run.jar>");
        }
        return jar;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A staff action (HTTP Basic supervisor:demo); fails the test unless it answers 2xx. */
    public String staff(String path) throws IOException, InterruptedException {
        return post(path, "{}", SUPERVISOR);
    }

    /** Opens the counter, finishes whatever ticket it still has, then calls the next one; returns it (null if none waits). */
    public JsonObject callNext(int counter) throws IOException, InterruptedException {
        staff(CENTER + "/counters/" + counter + "/open");
        HttpResponse<String> counters = HTTP.send(HttpRequest.newBuilder(url.resolve(CENTER + "/counters"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", SUPERVISOR).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (Object o : new JsonArray(counters.body())) {
            JsonObject c = (JsonObject) o;
            JsonObject current = c.getJsonObject("currentTicket");
            if (c.getInteger("number") == counter && current != null) {
                if (current.getString("status").equals("CALLED")) {
                    staff("/api/tickets/" + current.getString("id") + "/start");
                }
                staff("/api/tickets/" + current.getString("id") + "/finish");
            }
        }
        String called = staff(CENTER + "/counters/" + counter + "/next");
        return called.isBlank() ? null : new JsonObject(called);  // 204: nobody waiting
    }

    /** Issues a ticket as the demo kiosk; returns the ticket JSON. */
    public String issue(String service, String priority) throws IOException, InterruptedException {
        return post(CENTER + "/tickets", "{\"service\":\"" + service + "\",\"priority\":\"" + priority + "\"}",
                "Bearer demo-kiosk-1");
    }

    private String post(String path, String json, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("POST " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
