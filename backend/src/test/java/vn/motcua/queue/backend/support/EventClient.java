package vn.motcua.queue.backend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) on the public event stream, collecting frames as JSON. */
public final class EventClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private EventClient(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            try {
                                frames.add(JSON.readTree(partial.toString()));
                            } catch (Exception e) {
                                throw new IllegalStateException("server sent a frame that is not JSON: " + partial, e);
                            }
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).join();
    }

    public static EventClient connect(URI base, String center) {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/centers/" + center + "/events");
        return new EventClient(uri);
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame, failing after 10 s. */
    public JsonNode next() {
        try {
            JsonNode n = frames.poll(10, TimeUnit.SECONDS);
            if (n == null) {
                throw new AssertionError("no frame within 10 s");
            }
            return n;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Frames up to and including the first that matches. */
    public List<JsonNode> until(Predicate<JsonNode> last) {
        List<JsonNode> got = new ArrayList<>();
        while (true) {
            JsonNode n = next();
            got.add(n);
            if (last.test(n)) {
                return got;
            }
        }
    }

    /** Frames that arrive within the given time (for asserting that nothing came). */
    public List<JsonNode> drain(Duration wait) throws InterruptedException {
        List<JsonNode> got = new ArrayList<>();
        JsonNode n;
        while ((n = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            got.add(n);
        }
        return got;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
