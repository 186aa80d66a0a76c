package vn.motcua.queue.backend.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which database the backend was built for: the few PostgreSQL-only paths (NOTIFY, one-statement append) ask it. */
@ApplicationScoped
public class DatabaseKind {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    public boolean postgres() {
        return "postgresql".equalsIgnoreCase(dbKind);
    }
}
