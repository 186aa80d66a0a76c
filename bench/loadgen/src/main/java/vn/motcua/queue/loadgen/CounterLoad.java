package vn.motcua.queue.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * Counters calling, serving and finishing tickets in a closed loop: call next; on 200 start and finish the
 * ticket (after {@code serviceMillis}) and call again; on 204 or an error wait {@code idleMillis} first.
 * Each counter finishes its current ticket after the window ends, so the backend is left with idle counters.
 * The staff user signs in once, as the clerk console does (session cookie and CSRF token): Basic credentials
 * would cost a bcrypt check each time the backend's credential cache expires, for all counters at once.
 */
final class CounterLoad {

    private static final String SESSION_COOKIE = "motcua-session";

    private final Vertx vertx;
    private final WebClient client;
    private final Target target;
    private final LatencyStats next;
    private final LatencyStats serve;
    private final Window window;
    private final long idleMillis;
    private final long serviceMillis;
    private final Promise<Void> done = Promise.promise();
    private int running;
    private String sessionCookie;
    private String csrfToken;

    CounterLoad(Vertx vertx, WebClient client, Target target, LatencyStats next, LatencyStats serve, Window window,
                long idleMillis, long serviceMillis) {
        this.vertx = vertx;
        this.client = client;
        this.target = target;
        this.next = next;
        this.serve = serve;
        this.window = window;
        this.idleMillis = idleMillis;
        this.serviceMillis = serviceMillis;
    }

    /** Signs in, then runs counters 1..{@code counters} until the window ends. */
    Future<Void> run(int counters) {
        running = counters;
        if (counters == 0) {
            done.complete();
            return done.future();
        }
        signIn().onSuccess(v -> {
            for (int n = 1; n <= counters; n++) {
                callNext(n);
            }
        }).onFailure(done::fail);
        return done.future();
    }

    private Future<Void> signIn() {
        return client.post(target.port(), target.host(), "/api/session")
                .timeout(target.timeoutMillis())
                .sendJsonObject(new JsonObject().put("username", target.staffUser()).put("password", target.staffPassword()))
                .compose(r -> {
                    String cookie = r.cookies().stream().filter(c -> c.startsWith(SESSION_COOKIE + "=")).findFirst()
                            .orElse(null);
                    if (r.statusCode() != 200 || cookie == null) {
                        return Future.failedFuture("signing in as " + target.staffUser() + " failed: HTTP "
                                + r.statusCode() + " " + r.bodyAsString());
                    }
                    sessionCookie = cookie.split(";", 2)[0];
                    csrfToken = r.bodyAsJsonObject().getString("csrfToken");
                    return Future.succeededFuture();
                });
    }

    private void callNext(int counter) {
        if (window.over(System.nanoTime())) {
            if (--running == 0) {
                done.complete();
            }
            return;
        }
        long sent = System.nanoTime();
        post(target.nextPath(counter)).onComplete(ar -> {
            String outcome = ar.succeeded() ? Integer.toString(ar.result().statusCode()) : "io";
            if (window.contains(sent)) {
                next.record(System.nanoTime() - sent, outcome);
            }
            if ("200".equals(outcome)) {
                String id = ar.result().bodyAsJsonObject().getString("id");
                serve(counter, id);
            } else {
                vertx.setTimer(idleMillis, t -> callNext(counter));
            }
        });
    }

    private void serve(int counter, String ticketId) {
        long sent = System.nanoTime();
        post(target.ticketActionPath(ticketId, "start")).onComplete(started -> {
            record(sent, started);
            Runnable finish = () -> {
                long finishSent = System.nanoTime();
                post(target.ticketActionPath(ticketId, "finish")).onComplete(finished -> {
                    record(finishSent, finished);
                    callNext(counter);
                });
            };
            if (serviceMillis > 0) {
                vertx.setTimer(serviceMillis, t -> finish.run());
            } else {
                finish.run();
            }
        });
    }

    private void record(long sent, io.vertx.core.AsyncResult<HttpResponse<Buffer>> ar) {
        if (window.contains(sent)) {
            serve.record(System.nanoTime() - sent, ar.succeeded() ? Integer.toString(ar.result().statusCode()) : "io");
        }
    }

    private Future<HttpResponse<Buffer>> post(String path) {
        return client.post(target.port(), target.host(), path)
                .timeout(target.timeoutMillis())
                .putHeader("Cookie", sessionCookie)
                .putHeader("X-CSRF-Token", csrfToken)
                .send();
    }
}
