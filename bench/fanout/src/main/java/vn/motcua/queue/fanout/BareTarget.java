package vn.motcua.queue.fanout;

import java.util.UUID;

/**
 * {@link BareBroadcastServer}, driven through the same frames as the backend: ticket.issued, ticket.called (the
 * call), ticket.started and ticket.finished, each one {@code POST /broadcast?type=...&id=...}.
 */
final class BareTarget implements Target {

    private final HttpCall http;

    BareTarget(Options options) {
        this.http = new HttpCall(options.http());
    }

    @Override
    public String prepare() {
        String id = UUID.randomUUID().toString();
        broadcast("ticket.issued", id);
        return id;
    }

    @Override
    public HttpCall.Response call(String ticketId) {
        return broadcast("ticket.called", ticketId);
    }

    @Override
    public void release(String ticketId) {
        broadcast("ticket.started", ticketId);
        broadcast("ticket.finished", ticketId);
    }

    private HttpCall.Response broadcast(String type, String ticketId) {
        return HttpCall.expect(http.post("/broadcast?type=" + type + "&id=" + ticketId, null, null, null, null),
                200, "broadcast " + type);
    }

    @Override
    public void close() {
        http.close();
    }
}
