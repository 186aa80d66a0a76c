package vn.motcua.queue.hardware.gpio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Presses the buttons of a {@link SimulatedButtonPanel} over HTTP on the loopback interface only:
 * {@code POST /buttons/{id}/press} answers 200 {@code {"accepted":true|false}} (false during the
 * lockout), 404 for an unknown button. Lets a developer or a browser test drive a kiosk without GPIO.
 */
public final class HttpPressSource implements AutoCloseable {
    private final HttpServer server;

    public HttpPressSource(SimulatedButtonPanel panel, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
        server.createContext("/buttons/", exchange -> handle(panel, exchange));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(SimulatedButtonPanel panel, HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        // "", "buttons", id, "press"
        if (!"POST".equals(exchange.getRequestMethod()) || parts.length != 4 || !"press".equals(parts[3])) {
            reply(exchange, 404, "{\"error\":\"use POST /buttons/{id}/press\"}");
            return;
        }
        if (!panel.buttonIds().contains(parts[2])) {
            reply(exchange, 404, "{\"error\":\"no such button\"}");
            return;
        }
        reply(exchange, 200, "{\"accepted\":" + panel.press(parts[2]) + "}");
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
