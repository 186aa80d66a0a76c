package vn.motcua.queue.backend.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.common.ProblemException;

/** Staff accounts: create, change (role, centers, password, enabled), list. */
@ApplicationScoped
public class UserAdmin {

    /** Body of create/update; fields left out keep their value on update. */
    public record UserRequest(String username, String password, String role, String fullName, List<String> centers,
                              Boolean enabled) {
    }

    /** An account as admins see it (never the hash). */
    public record UserView(String username, String role, String fullName, List<String> centers, boolean enabled) {
    }

    @Inject
    CenterDirectory directory;
    @Inject
    Audit audit;
    @Inject
    PasswordIdentityProvider passwords;

    @Transactional
    public List<UserView> list() {
        return StaffUser.<StaffUser>list("order by username").stream().map(UserAdmin::view).toList();
    }

    @Transactional
    public UserView create(UserRequest r) {
        if (r == null || r.username() == null || !r.username().matches("[A-Za-z0-9._-]{2,64}")) {
            throw ProblemException.badRequest("Field 'username' must be 2-64 letters, digits, '.', '_' or '-'");
        }
        if (StaffUser.byUsername(r.username()).isPresent()) {
            throw ProblemException.conflict("User '" + r.username() + "' exists already");
        }
        StaffUser u = new StaffUser();
        u.username = r.username();
        u.enabled = true;
        apply(u, r, true);
        u.persist();
        u.setCenters(centers(r.centers()));
        audit.action("user.create", null, null, u.username, u.role);
        return view(u);
    }

    @Transactional
    public UserView update(String username, UserRequest r) {
        StaffUser u = StaffUser.byUsername(username)
                .orElseThrow(() -> ProblemException.notFound("Unknown user '" + username + "'"));
        if (r == null) {
            throw ProblemException.badRequest("Send a JSON body");
        }
        apply(u, r, false);
        if (r.centers() != null) {
            u.setCenters(centers(r.centers()));
        }
        passwords.forget(username);
        audit.action("user.update", null, null, u.username, "role=" + u.role + " enabled=" + u.enabled
                + (r.password() != null ? " password changed" : ""));
        return view(u);
    }

    private void apply(StaffUser u, UserRequest r, boolean creating) {
        if (creating || r.role() != null) {
            String role = r.role() == null ? "" : r.role().toUpperCase(Locale.ROOT);
            if (!Roles.isStaffRole(role)) {
                throw ProblemException.badRequest("Field 'role' must be ADMIN, SUPERVISOR or CLERK");
            }
            u.role = role;
        }
        if (creating || r.password() != null) {
            if (r.password() == null || r.password().length() < 10) {
                throw ProblemException.badRequest("Field 'password' must have at least 10 characters");
            }
            u.passwordHash = BcryptUtil.bcryptHash(r.password());
        }
        if (r.fullName() != null) {
            u.fullName = r.fullName().length() > 200 ? r.fullName().substring(0, 200) : r.fullName();
        }
        if (r.enabled() != null) {
            u.enabled = r.enabled();
        }
    }

    private Set<Long> centers(List<String> codes) {
        Set<Long> ids = new HashSet<>();
        if (codes != null) {
            for (String code : codes) {
                ids.add(directory.center(code).id);
            }
        }
        return ids;
    }

    static UserView view(StaffUser u) {
        List<String> codes = u.centerIds().stream().map(id -> Center.<Center>findById(id).code).sorted().toList();
        return new UserView(u.username, u.role, u.fullName, codes, u.enabled);
    }
}
