package vn.motcua.queue.backend.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.common.AfterCommit;
import vn.motcua.queue.backend.common.TimeSource;

/**
 * Appends a public event to the center's stream inside the caller's transaction. The seq is the center's
 * next number, taken by updating the center row, which stays locked until commit: so seqs are gap-free and
 * in commit order, on every backend instance. The center row is the LAST lock a change takes (after its
 * services, by id, and its counter), so callers append their event as the last step before commit: the
 * center is then held only for the append and the commit, and changes of one center overlap until there. The frame is stored complete, so every instance sends the
 * very same text. On PostgreSQL a NOTIFY (delivered only on commit, in commit order) wakes the other
 * instances; on every database the committing instance is woken after commit.
 */
@ApplicationScoped
public class EventLog {

    public static final String CHANNEL = "motcua_events";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    TimeSource time;
    @Inject
    AfterCommit afterCommit;
    @Inject
    EventRelay relay;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    public long append(Center center, String type, Map<String, Object> body) {
        em.createNativeQuery("UPDATE center SET event_seq = event_seq + 1 WHERE id = ?1")
                .setParameter(1, center.id).executeUpdate();
        long seq = ((Number) em.createNativeQuery("SELECT event_seq FROM center WHERE id = ?1")
                .setParameter(1, center.id).getSingleResult()).longValue();
        Instant at = time.now();
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("seq", seq);
        frame.put("at", at.atZone(center.zone()).toOffsetDateTime().toString());
        frame.putAll(body);
        String text;
        try {
            text = json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be written as JSON", e);
        }
        em.createNativeQuery("INSERT INTO center_event (center_id, seq, type, occurred_at, body) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, center.id).setParameter(2, seq).setParameter(3, type).setParameter(4, at)
                .setParameter(5, text).executeUpdate();
        if (isPostgres()) {
            em.createNativeQuery("SELECT pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                    .setParameter(2, center.id.toString()).getSingleResult();
        }
        Long centerId = center.id;
        afterCommit.run(() -> relay.committed(centerId));
        return seq;
    }

    boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(dbKind);
    }
}
