package vn.motcua.queue.kiosk.testing;

import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real backend (demo profile, fresh H2 in a temp dir) as a child process, started once for
 * all kiosk test classes and stopped when JUnit finishes. Its jar comes from the system property
 * {@code motcua.backend.dir} (surefire passes it; default {@code ../backend/target/quarkus-app}).
 * A missing jar fails the tests: a skipped end-to-end test would hide that the kiosk never met a backend.
 */
public final class BackendServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI url;
    private final Path workDir;

    private BackendServer() throws IOException {
        Path jar = jar();
        workDir = Files.createTempDirectory("kiosk-test-backend");
        int port = freePort();
        url = URI.create("http://127.0.0.1:" + port);
        process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=demo", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-jar", jar.toString()))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("backend.log").toFile())
                .start();
        try {
            await("backend ready (log: " + workDir.resolve("backend.log") + ")").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(300)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError("backend exited; see " + workDir.resolve("backend.log"));
                        }
                        return get("/q/health/ready", null).statusCode() == 200;
                    });
        } catch (RuntimeException | AssertionError e) {
            close();
            throw e;
        }
    }

    /** The one backend of this test run. */
    public static BackendServer shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(BackendServer.class, k -> {
                    try {
                        return new BackendServer();
                    } catch (IOException e) {
                        throw new AssertionError("cannot start the backend", e);
                    }
                }, BackendServer.class);
    }

    public URI url() {
        return url;
    }

    static Path jar() {
        String dir = System.getProperty("motcua.backend.dir", System.getenv("motcua.backend.dir"));
        if (dir == null || dir.isBlank()) {
            dir = "../backend/target/quarkus-app";
        }
        Path jar = Path.of(dir).resolve("quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("backend jar not found at " + jar + ": build the backend first (./mvnw verify builds it"
                    + " before kiosk) or pass -Dmotcua.backend.dir=<dir with quarkus-run.jar>");
        }
        return jar;
    }

    /** GET as a staff user (null: anonymous). */
    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
