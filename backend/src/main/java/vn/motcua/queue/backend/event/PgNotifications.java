package vn.motcua.queue.backend.event;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.motcua.queue.backend.common.DatabaseKind;
import vn.motcua.queue.backend.security.DeviceIdentities;

/**
 * On PostgreSQL: LISTENs on the event channel with its own connection, so that events committed on any
 * backend instance reach this instance's subscribers at once, and on the device channel, so that a device revoked
 * through any instance is forgotten by this one's {@link DeviceIdentities}. Reconnects with backoff; the relay's
 * poll covers events missed meanwhile, and known devices are forgotten on every (re)connect. Idle on H2, where
 * there is only one instance.
 */
@ApplicationScoped
public class PgNotifications {

    @Inject
    EventRelay relay;
    @Inject
    DeviceIdentities devices;
    @Inject
    DatabaseKind database;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!database.postgres()) {
            return;
        }
        running = true;
        thread = new Thread(this::listenLoop, "motcua-pg-listen");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listenLoop() {
        long backoff = 200;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user.orElse(null), password.orElse(null))) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + EventLog.CHANNEL);
                    st.execute("LISTEN " + DeviceIdentities.CHANNEL);
                }
                // a revocation may have been announced while no connection listened
                devices.forgetAll();
                Log.infof("listening for events on PostgreSQL channels %s and %s", EventLog.CHANNEL,
                        DeviceIdentities.CHANNEL);
                backoff = 200;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification n : notes) {
                        if (DeviceIdentities.CHANNEL.equals(n.getName())) {
                            devices.forgetAll();
                            continue;
                        }
                        try {
                            relay.committed(Long.parseLong(n.getParameter()));
                        } catch (NumberFormatException e) {
                            Log.warnf("ignoring notification '%s'", n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                Log.warnf("event listener lost its PostgreSQL connection (%s); retrying in %d ms", e.getMessage(),
                        backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }
}
