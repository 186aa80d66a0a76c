package vn.motcua.queue.fanout;

import io.vertx.core.json.JsonObject;

/** The MotCua backend: a kiosk issues a ticket, a counter calls it ({@code next}), starts and finishes it. */
final class QueueTarget implements Target {

    private final HttpCall http;
    private final Options o;

    QueueTarget(Options options) {
        this.o = options;
        this.http = new HttpCall(options.http());
    }

    @Override
    public String prepare() {
        HttpCall.Response r = HttpCall.expect(http.post("/api/centers/" + o.center() + "/tickets", o.kioskToken(),
                null, null, new JsonObject().put("service", o.service())), 201, "issue");
        return r.json().getString("id");
    }

    @Override
    public HttpCall.Response call(String ticketId) {
        HttpCall.Response r = HttpCall.expect(http.post("/api/centers/" + o.center() + "/counters/" + o.counter()
                + "/next", null, o.staffUser(), o.staffPassword(), null), 200, "next");
        String called = r.json().getString("id");
        if (!ticketId.equals(called)) {
            throw new IllegalStateException("next called " + called + ", not the ticket just issued " + ticketId
                    + ": the center must have no other waiting " + o.service() + " ticket (use a fresh database)");
        }
        return r;
    }

    @Override
    public void release(String ticketId) {
        HttpCall.expect(http.post("/api/tickets/" + ticketId + "/start", null, o.staffUser(), o.staffPassword(),
                null), 200, "start");
        HttpCall.expect(http.post("/api/tickets/" + ticketId + "/finish", null, o.staffUser(), o.staffPassword(),
                null), 200, "finish");
    }

    @Override
    public void close() {
        http.close();
    }
}
