package vn.motcua.queue.backend.center;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

/** One line of a counter's work profile: a service it serves, in order, with a weight. */
@Entity
@Table(name = "counter_service")
public class CounterService extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "counter_id")
    public Long counterId;
    @Column(name = "service_id")
    public Long serviceId;
    public double weight;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<CounterService> ofCounter(Long counterId) {
        return list("counterId = ?1 order by sortOrder", counterId);
    }

    public static List<CounterService> ofCounters(Collection<Long> counterIds) {
        if (counterIds.isEmpty()) {
            return List.of();
        }
        return list("counterId in ?1 order by counterId, sortOrder", counterIds);
    }
}
