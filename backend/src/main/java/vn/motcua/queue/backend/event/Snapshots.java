package vn.motcua.queue.backend.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.CenterQueries;
import vn.motcua.queue.backend.common.TimeSource;

/**
 * The state a new subscriber starts from: counters with their current ticket, services with waiting counts
 * and estimated waits, the last 10 calls. Read with the center row locked, so that the state and its seq
 * belong together.
 */
@ApplicationScoped
public class Snapshots {

    /** A snapshot frame and the seq it stands at. */
    public record Snapshot(long seq, String frame) {
    }

    @Inject
    CenterDirectory directory;
    @Inject
    CenterQueries queries;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    TimeSource time;

    public long committedSeq(Long centerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT event_seq FROM center WHERE id = ?1").setParameter(1, centerId).getSingleResult()).longValue());
    }

    public Snapshot take(String centerCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Center center = directory.centerLocked(centerCode);
            long seq = ((Number) em.createNativeQuery("SELECT event_seq FROM center WHERE id = ?1")
                    .setParameter(1, center.id).getSingleResult()).longValue();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("center", Map.of("code", center.code, "name", center.name));
            state.put("counters", queries.counters(centerCode).stream().map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", c.number());
                m.put("name", c.name());
                m.put("status", c.status().name());
                m.put("services", c.services());
                m.put("currentTicket", c.currentTicket());
                return m;
            }).toList());
            state.put("services", queries.services(centerCode));
            state.put("recentCalls", recentCalls(center.id));
            Map<String, Object> frame = new LinkedHashMap<>();
            frame.put("type", "snapshot");
            frame.put("seq", seq);
            frame.put("at", time.now().atZone(center.zone()).toOffsetDateTime().toString());
            frame.put("state", state);
            try {
                return new Snapshot(seq, json.writeValueAsString(frame));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("snapshot cannot be written as JSON", e);
            }
        });
    }

    private List<Object> recentCalls(Long centerId) throws JsonProcessingException {
        @SuppressWarnings("unchecked")
        List<String> bodies = em.createNativeQuery("SELECT body FROM center_event WHERE center_id = ?1 "
                        + "AND type IN ('ticket.called', 'ticket.recalled') ORDER BY seq DESC")
                .setParameter(1, centerId).setMaxResults(10).getResultList();
        List<Object> calls = new ArrayList<>();
        for (String body : bodies) {
            calls.add(json.readValue(body, Map.class));
        }
        Collections.reverse(calls);
        return calls;
    }
}
