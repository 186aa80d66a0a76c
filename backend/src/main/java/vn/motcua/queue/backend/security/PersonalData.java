package vn.motcua.queue.backend.security;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.ticket.Ticket;

/** Personal data stays minimal: phone numbers are masked wherever shown and purged after a set time. */
@ApplicationScoped
public class PersonalData {

    @Inject
    TimeSource time;
    @Inject
    Sessions sessions;
    @ConfigProperty(name = "motcua.personal-data.retention-days", defaultValue = "30")
    int retentionDays;

    /** "0912345678" -> "09******78". */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (phone.length() <= 4) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 2) + "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 2);
    }

    /** Forgets the phone numbers of tickets issued more than the retention period ago; returns how many. */
    @Transactional
    public int purge() {
        int n = Ticket.update("phone = null where phone is not null and issuedAt < ?1",
                time.now().minus(Duration.ofDays(retentionDays)));
        if (n > 0) {
            Log.infof("purged the phone numbers of %d tickets older than %d days", n, retentionDays);
        }
        return n;
    }

    @Scheduled(every = "${motcua.personal-data.purge-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledPurge() {
        purge();
        sessions.purgeExpired();
    }
}
