package vn.motcua.queue.backend.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A staff account (cán bộ, lãnh đạo, quản trị); the password is stored as a bcrypt hash only. */
@Entity
@Table(name = "staff_user")
public class StaffUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    public String role;
    @Column(name = "full_name")
    public String fullName;
    public boolean enabled;
    @Version
    public long version;

    public static Optional<StaffUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The ids of the centers this user may act for. */
    public Set<Long> centerIds() {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager()
                .createNativeQuery("SELECT center_id FROM staff_user_center WHERE user_id = ?1")
                .setParameter(1, id).getResultList();
        Set<Long> set = new HashSet<>();
        ids.forEach(n -> set.add(n.longValue()));
        return set;
    }

    public void setCenters(Set<Long> centerIds) {
        getEntityManager().createNativeQuery("DELETE FROM staff_user_center WHERE user_id = ?1")
                .setParameter(1, id).executeUpdate();
        for (Long c : centerIds) {
            getEntityManager().createNativeQuery("INSERT INTO staff_user_center (user_id, center_id) VALUES (?1, ?2)")
                    .setParameter(1, id).setParameter(2, c).executeUpdate();
        }
    }
}
