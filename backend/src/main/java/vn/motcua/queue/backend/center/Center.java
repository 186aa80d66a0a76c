package vn.motcua.queue.backend.center;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.queue.core.calling.PolicyKind;

/** A one-stop center (trung tâm / bộ phận một cửa): its time zone, opening hours and calling policy. */
@Entity
@Table(name = "center")
public class Center extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String address;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "opens_at")
    public LocalTime opensAt;
    @Column(name = "closes_at")
    public LocalTime closesAt;
    /** ISO day numbers, comma separated: 1 = Monday ... 7 = Sunday. */
    @Column(name = "open_days")
    public String openDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "calling_policy")
    public PolicyKind callingPolicy;
    @Column(name = "deadline_cap")
    public double deadlineCap;
    @Column(name = "rejoin_minutes")
    public int rejoinMinutes;
    @Version
    public long version;

    public static Optional<Center> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<Center> byCodeLocked(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Set<DayOfWeek> days() {
        return Arrays.stream(openDays.split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> DayOfWeek.of(Integer.parseInt(s)))
                .collect(Collectors.toSet());
    }

    /** True when {@code at} falls on an open day, between opening and closing time (center-local). */
    public boolean isOpenAt(Instant at) {
        ZonedDateTime local = at.atZone(zone());
        LocalTime time = local.toLocalTime();
        return days().contains(local.getDayOfWeek()) && !time.isBefore(opensAt) && time.isBefore(closesAt);
    }
}
