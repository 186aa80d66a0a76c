package vn.motcua.queue.display.stream;

import io.vertx.core.json.JsonObject;

/** What the event stream delivers, in order, on the Vert.x event loop. */
public interface StreamListener {

    /** A full picture ({@code {"type":"snapshot","seq":N,"state":{...}}}): after connecting and after a resync. */
    void onSnapshot(JsonObject snapshot);

    /** The next event in sequence (gaps and duplicates never reach here). */
    void onEvent(JsonObject event);

    /** The connection dropped; a reconnect is already scheduled. */
    void onDisconnected(String reason);
}
