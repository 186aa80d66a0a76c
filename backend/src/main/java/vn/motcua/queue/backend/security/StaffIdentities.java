package vn.motcua.queue.backend.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/** Builds the security identity of a staff member, and checks passwords against the stored bcrypt hash. */
@ApplicationScoped
public class StaffIdentities {

    @Inject
    Audit audit;

    /** The identity for a user name and password, or empty; writes the login attempt to the audit log. */
    public Optional<SecurityIdentity> check(String username, char[] password, String via) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<StaffUser> user = StaffUser.byUsername(username);
            boolean ok = user.isPresent() && user.get().enabled
                    && BcryptUtil.matches(new String(password), user.get().passwordHash);
            audit.login(username, user.map(u -> u.role).orElse(null), ok, via);
            return ok ? Optional.of(identity(user.get())) : Optional.empty();
        });
    }

    static SecurityIdentity identity(StaffUser user) {
        Set<Long> centers = user.centerIds();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role)
                .addAttribute(Roles.ATTR_CENTERS, centers)
                .build();
    }
}
