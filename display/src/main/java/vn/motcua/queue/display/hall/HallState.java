package vn.motcua.queue.display.hall;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The hall as the backend last described it: snapshot plus the events since. Applied on the
 * event loop only; readers on other threads get copies ({@link #counters()} etc. return immutable lists).
 */
public final class HallState {
    private static final System.Logger LOG = System.getLogger(HallState.class.getName());
    static final int KEEP_CALLS = 30;

    private final List<HallListener> listeners = new CopyOnWriteArrayList<>();
    private volatile String centerCode = "";
    private volatile String centerName = "";
    private final Map<Integer, CounterView> counters = new TreeMap<>();
    private final Map<String, ServiceView> services = new LinkedHashMap<>();
    private final LinkedList<CallRecord> calls = new LinkedList<>();
    private final Map<String, String> priorities = new HashMap<>();
    private volatile boolean connected;
    private volatile boolean everSynced;
    private volatile long seq = -1;

    public void addListener(HallListener listener) {
        listeners.add(listener);
    }

    public synchronized void applySnapshot(JsonObject snapshot) {
        JsonObject state = snapshot.getJsonObject("state", new JsonObject());
        JsonObject center = state.getJsonObject("center", new JsonObject());
        centerCode = center.getString("code", centerCode);
        centerName = center.getString("name", centerName);
        List<CallRecord> snapshotCalls = new ArrayList<>();
        for (Object o : state.getJsonArray("recentCalls", new JsonArray())) {
            CallRecord call = call((JsonObject) o);
            if (call != null) {
                snapshotCalls.add(call);
            }
        }
        snapshotCalls.sort(Comparator.comparing(CallRecord::at).thenComparingLong(CallRecord::seq));
        snapshotCalls.forEach(c -> priorities.put(c.ticket().id(), c.ticket().priority()));
        List<CallRecord> missed = missedCalls(snapshotCalls);

        counters.clear();
        for (Object o : state.getJsonArray("counters", new JsonArray())) {
            CounterView counter = counter((JsonObject) o);
            counters.put(counter.number(), counter);
        }
        services.clear();
        for (Object o : state.getJsonArray("services", new JsonArray())) {
            JsonObject s = (JsonObject) o;
            services.put(s.getString("code"), new ServiceView(s.getString("code"), s.getString("name", s.getString("code")),
                    s.getString("prefix", ""), s.getInteger("targetWaitMinutes", 0), s.getBoolean("open", true),
                    s.getInteger("waiting", 0), s.getInteger("estimatedWaitMinutes", 0)));
        }
        calls.clear();
        snapshotCalls.forEach(calls::addFirst);
        trimCalls();
        seq = snapshot.getLong("seq", -1L);
        connected = true;
        everSynced = true;
        LOG.log(Level.INFO, "snapshot of {0} at seq {1}: {2} counters, {3} services, {4} recent calls", centerCode, seq,
                counters.size(), services.size(), calls.size());
        listeners.forEach(l -> l.onSnapshot(this, missed));
        listeners.forEach(l -> l.onChange(this));
    }

    /** Calls in the new snapshot newer than anything seen before (none on the first snapshot). */
    private List<CallRecord> missedCalls(List<CallRecord> snapshotCalls) {
        if (!everSynced) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        calls.forEach(c -> known.add(c.key()));
        Instant newestKnown = calls.isEmpty() ? Instant.MIN : calls.getFirst().at();
        return snapshotCalls.stream().filter(c -> !known.contains(c.key()) && c.at().isAfter(newestKnown)).toList();
    }

    public synchronized void applyEvent(JsonObject event) {
        seq = event.getLong("seq", seq);
        String type = event.getString("type", "");
        JsonObject ticketJson = event.getJsonObject("ticket");
        if (ticketJson != null && ticketJson.getString("priority") != null) {
            priorities.put(ticketJson.getString("id"), ticketJson.getString("priority"));
        }
        updateWaiting(event.getJsonArray("services"), type.equals("stats.changed"));
        switch (type) {
            case "ticket.called", "ticket.recalled" -> called(event);
            case "ticket.started" -> ticketAtCounter(ticketJson, "SERVING");
            case "ticket.finished", "ticket.no_show", "ticket.cancelled", "ticket.expired", "ticket.transferred" ->
                    ticketLeft(ticketJson);
            case "counter.changed" -> {
                CounterView counter = counter(event.getJsonObject("counter"));
                counters.put(counter.number(), counter);
                LOG.log(Level.INFO, "counter {0} is {1}", counter.number(), counter.status());
                listeners.forEach(l -> l.onCounter(counter));
            }
            default -> {
                // ticket.issued, stats.changed: waiting counts only (done above); unknown types are ignored
            }
        }
        listeners.forEach(l -> l.onChange(this));
    }

    public void setDisconnected() {
        connected = false;
        listeners.forEach(l -> l.onChange(this));
    }

    private void called(JsonObject event) {
        CallRecord call = call(event);
        if (call == null) {
            return;
        }
        calls.addFirst(call);
        trimCalls();
        CounterView counter = counters.get(call.counterNumber());
        if (counter != null) {
            CounterView updated = counter.withCurrent(call.ticket());
            counters.put(updated.number(), updated);
        }
        LOG.log(Level.INFO, "{0}: {1} to counter {2}", call.recall() ? "recall" : "call", call.ticket().number(),
                call.counterNumber());
        listeners.forEach(l -> l.onCall(call));
    }

    private void ticketAtCounter(JsonObject ticketJson, String status) {
        if (ticketJson == null || ticketJson.getInteger("counter") == null) {
            return;
        }
        CounterView counter = counters.get(ticketJson.getInteger("counter"));
        if (counter != null) {
            TicketRef ticket = TicketRef.from(ticketJson, priorities.get(ticketJson.getString("id"))).withStatus(status);
            CounterView updated = counter.withCurrent(ticket);
            counters.put(updated.number(), updated);
            listeners.forEach(l -> l.onCounter(updated));
        }
    }

    private void ticketLeft(JsonObject ticketJson) {
        if (ticketJson == null) {
            return;
        }
        String id = ticketJson.getString("id");
        for (CounterView counter : List.copyOf(counters.values())) {
            if (counter.current() != null && counter.current().id().equals(id)) {
                CounterView updated = counter.withCurrent(null);
                counters.put(updated.number(), updated);
                listeners.forEach(l -> l.onCounter(updated));
            }
        }
    }

    private void updateWaiting(JsonArray changes, boolean fullStats) {
        if (changes == null) {
            return;
        }
        for (Object o : changes) {
            JsonObject change = (JsonObject) o;
            ServiceView service = services.get(change.getString("code"));
            if (service == null) {
                continue;
            }
            int waiting = change.getInteger("waiting", service.waiting());
            services.put(service.code(), fullStats
                    ? service.withStats(waiting, change.getInteger("estimatedWaitMinutes", service.estimatedWaitMinutes()),
                            change.getBoolean("open", service.open()))
                    : service.withWaiting(waiting));
        }
    }

    private CounterView counter(JsonObject json) {
        JsonObject current = json.getJsonObject("currentTicket");
        TicketRef ticket = current == null ? null : TicketRef.from(current, priorities.get(current.getString("id")));
        List<String> serviceCodes = new ArrayList<>();
        json.getJsonArray("services", new JsonArray()).forEach(s -> serviceCodes.add(String.valueOf(s)));
        int number = json.getInteger("number");
        return new CounterView(number, json.getString("name", "Quầy số " + number), json.getString("status", "OPEN"),
                serviceCodes, ticket);
    }

    private CallRecord call(JsonObject event) {
        JsonObject ticket = event.getJsonObject("ticket");
        JsonObject counter = event.getJsonObject("counter");
        if (ticket == null || counter == null) {
            LOG.log(Level.WARNING, "call event without ticket or counter ignored (seq {0})", event.getLong("seq"));
            return null;
        }
        JsonObject announcement = event.getJsonObject("announcement", new JsonObject());
        Instant at = event.getString("at") == null ? Instant.now() : OffsetDateTime.parse(event.getString("at")).toInstant();
        return new CallRecord(event.getLong("seq", -1L), at, event.getString("type", "").equals("ticket.recalled"),
                TicketRef.from(ticket, "NONE").withStatus("CALLED"), ticket.getString("serviceName", ticket.getString("service")),
                counter.getInteger("number"), counter.getString("name", "Quầy số " + counter.getInteger("number")),
                announcement.getString("text", ""));
    }

    private void trimCalls() {
        while (calls.size() > KEEP_CALLS) {
            calls.removeLast();
        }
    }

    public String centerCode() {
        return centerCode;
    }

    public String centerName() {
        return centerName;
    }

    public boolean connected() {
        return connected;
    }

    /** Whether a snapshot has ever been applied (before that the page says "đang kết nối"). */
    public boolean synced() {
        return everSynced;
    }

    public long seq() {
        return seq;
    }

    public synchronized List<CounterView> counters() {
        return List.copyOf(counters.values());
    }

    public synchronized CounterView counter(int number) {
        return counters.get(number);
    }

    public synchronized List<ServiceView> services() {
        return List.copyOf(services.values());
    }

    /** Newest first. */
    public synchronized List<CallRecord> calls() {
        return List.copyOf(calls);
    }
}
