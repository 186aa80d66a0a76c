package vn.motcua.queue.backend.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * There is no default password: when no ADMIN account exists, the first one is created at start from
 * {@code MOTCUA_BOOTSTRAP_ADMIN_USERNAME} and {@code MOTCUA_BOOTSTRAP_ADMIN_PASSWORD} (environment), if given.
 */
@ApplicationScoped
public class FirstAdmin {

    @ConfigProperty(name = "motcua.bootstrap.admin-username")
    Optional<String> username;
    @ConfigProperty(name = "motcua.bootstrap.admin-password")
    Optional<String> password;
    @ConfigProperty(name = "motcua.demo.seed", defaultValue = "false")
    boolean demoSeed;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (StaffUser.count("role", Roles.ADMIN) > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            if (demoSeed) {
                return; // the demo data seeds its own 'admin' just after this
            }
            Log.warn("No ADMIN account yet: set MOTCUA_BOOTSTRAP_ADMIN_USERNAME and MOTCUA_BOOTSTRAP_ADMIN_PASSWORD "
                    + "and restart to create the first one");
            return;
        }
        if (password.get().length() < 10) {
            Log.error("MOTCUA_BOOTSTRAP_ADMIN_PASSWORD must have at least 10 characters; no admin created");
            return;
        }
        StaffUser admin = new StaffUser();
        admin.username = username.get();
        admin.passwordHash = BcryptUtil.bcryptHash(password.get());
        admin.role = Roles.ADMIN;
        admin.fullName = "Quản trị hệ thống";
        admin.enabled = true;
        admin.persist();
        Log.infof("First ADMIN account '%s' created from the environment", admin.username);
    }
}
