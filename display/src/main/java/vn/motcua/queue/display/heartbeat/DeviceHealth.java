package vn.motcua.queue.display.heartbeat;

import io.vertx.core.json.JsonObject;

/** The heartbeat body: OK, or WARNING with what is wrong (board bus, audio blocked, stream down). */
public record DeviceHealth(boolean backendConnected, String ledError, boolean audioBlocked, String speakerError,
                           int pages) {

    public String status() {
        return ledError != null || audioBlocked || speakerError != null || !backendConnected ? "WARNING" : "OK";
    }

    public JsonObject details() {
        JsonObject details = new JsonObject()
                .put("eventStream", backendConnected ? "CONNECTED" : "DISCONNECTED")
                .put("pages", pages)
                .put("ledBoards", ledError == null ? "OK" : "ERROR: " + ledError)
                .put("pageAudio", audioBlocked ? "BLOCKED" : "OK");
        if (speakerError != null) {
            details.put("speaker", "ERROR: " + speakerError);
        }
        return details;
    }
}
