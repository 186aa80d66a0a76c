package vn.motcua.queue.display.hall;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshot and event frames shaped exactly as the backend sends them. */
class HallStateTest {
    private final HallState hall = new HallState();
    private final List<CallRecord> calls = new ArrayList<>();
    private final List<List<CallRecord>> missed = new ArrayList<>();
    private final List<CounterView> counterChanges = new ArrayList<>();

    @BeforeEach
    void listen() {
        hall.addListener(new HallListener() {
            @Override
            public void onCall(CallRecord call) {
                calls.add(call);
            }

            @Override
            public void onSnapshot(HallState state, List<CallRecord> missedCalls) {
                missed.add(missedCalls);
            }

            @Override
            public void onCounter(CounterView counter) {
                counterChanges.add(counter);
            }
        });
    }

    private static JsonObject ticket(String id, String number, String priority, Integer counter) {
        return new JsonObject().put("id", id).put("number", number).put("service", "DD").put("serviceName", "Đất đai")
                .put("priority", priority).put("status", "CALLED").put("counter", counter);
    }

    private static JsonObject call(long seq, String type, String id, String number, int counter, String at) {
        return new JsonObject().put("type", type).put("seq", seq).put("at", at)
                .put("ticket", ticket(id, number, "PREGNANT", counter))
                .put("counter", new JsonObject().put("number", counter).put("name", "Quầy số " + counter))
                .put("services", new JsonArray().add(new JsonObject().put("code", "DD").put("waiting", 3)))
                .put("announcement", new JsonObject().put("text", "Mời công dân có số thứ tự " + number + " đến quầy số " + counter));
    }

    private static JsonObject snapshot(long seq, JsonArray recentCalls) {
        JsonArray counters = new JsonArray();
        for (int n = 1; n <= 3; n++) {
            counters.add(new JsonObject().put("number", n).put("name", "Quầy số " + n).put("status", "OPEN")
                    .put("services", new JsonArray().add("DD")).putNull("currentTicket"));
        }
        return new JsonObject().put("type", "snapshot").put("seq", seq).put("state", new JsonObject()
                .put("center", new JsonObject().put("code", "HCC-DEMO").put("name", "Trung tâm demo"))
                .put("counters", counters)
                .put("services", new JsonArray().add(new JsonObject().put("code", "DD").put("name", "Đất đai").put("prefix", "A")
                        .put("targetWaitMinutes", 15).put("open", true).put("waiting", 5).put("estimatedWaitMinutes", 12)))
                .put("recentCalls", recentCalls));
    }

    @Test
    void appliesCallsStartsFinishesCounterChangesAndWaitingCounts() {
        hall.applySnapshot(snapshot(1, new JsonArray()));
        hall.applyEvent(call(2, "ticket.called", "t1", "A023", 2, "2026-03-12T08:15:00+07:00"));

        assertThat(hall.counter(2).current().number()).isEqualTo("A023");
        assertThat(hall.counter(2).current().isPriority()).isTrue();
        assertThat(hall.services().get(0).waiting()).isEqualTo(3);
        assertThat(calls).extracting(CallRecord::recall).containsExactly(false);
        assertThat(calls.get(0).announcement()).isEqualTo("Mời công dân có số thứ tự A023 đến quầy số 2");

        hall.applyEvent(call(3, "ticket.recalled", "t1", "A023", 2, "2026-03-12T08:16:00+07:00"));
        assertThat(calls).extracting(CallRecord::recall).containsExactly(false, true);
        assertThat(hall.calls()).extracting(c -> c.ticket().number()).containsExactly("A023", "A023");

        hall.applyEvent(new JsonObject().put("type", "ticket.started").put("seq", 4)
                .put("ticket", ticket("t1", "A023", "PREGNANT", 2).put("status", "SERVING")));
        assertThat(hall.counter(2).current().status()).isEqualTo("SERVING");
        hall.applyEvent(new JsonObject().put("type", "ticket.finished").put("seq", 5)
                .put("ticket", ticket("t1", "A023", "PREGNANT", 2).put("status", "DONE")));
        assertThat(hall.counter(2).current()).isNull();

        hall.applyEvent(new JsonObject().put("type", "counter.changed").put("seq", 6).put("counter", new JsonObject()
                .put("number", 3).put("name", "Quầy số 3").put("status", "PAUSED").put("services", new JsonArray().add("DD"))
                .putNull("currentTicket")));
        assertThat(hall.counter(3).open()).isFalse();
        assertThat(counterChanges).extracting(CounterView::number).endsWith(3);

        hall.applyEvent(new JsonObject().put("type", "stats.changed").put("seq", 7).put("services", new JsonArray()
                .add(new JsonObject().put("code", "DD").put("waiting", 9).put("estimatedWaitMinutes", 40).put("open", false))));
        ServiceView dd = hall.services().get(0);
        assertThat(List.of(dd.waiting(), dd.estimatedWaitMinutes())).containsExactly(9, 40);
        assertThat(dd.open()).isFalse();
        assertThat(hall.seq()).isEqualTo(7);
    }

    @Test
    void callsMadeWhileDisconnectedAreReportedAfterTheNextSnapshotButNotOnTheFirst() {
        JsonObject old = call(3, "ticket.called", "t1", "A001", 1, "2026-03-12T08:00:00+07:00");
        hall.applySnapshot(snapshot(5, new JsonArray().add(old)));
        assertThat(missed.get(0)).isEmpty();
        assertThat(hall.counter(1).current()).isNull();  // the counter list, not the calls, says who is at a counter
        hall.setDisconnected();
        assertThat(hall.connected()).isFalse();

        JsonObject newer = call(7, "ticket.called", "t2", "A002", 2, "2026-03-12T08:05:00+07:00");
        JsonObject newest = call(8, "ticket.recalled", "t2", "A002", 2, "2026-03-12T08:06:00+07:00");
        hall.applySnapshot(snapshot(9, new JsonArray().add(newest).add(old).add(newer)));

        assertThat(hall.connected()).isTrue();
        assertThat(missed.get(1)).extracting(CallRecord::seq).containsExactly(7L, 8L);
        assertThat(hall.calls()).extracting(CallRecord::seq).containsExactly(8L, 7L, 3L);
        assertThat(calls).as("missed calls are not live calls").isEmpty();
    }
}
