package vn.motcua.queue.backend.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import vn.motcua.queue.backend.common.DateRange;

/**
 * tickets.csv: one record per ticket issued in the range, streamed from the database as it is read. No
 * personal data: no phone number, nothing the citizen gave; clerks appear by their display name.
 */
@ApplicationScoped
public class TicketExport {

    static final String[] HEADERS = {"Số phiếu", "Mã dịch vụ", "Dịch vụ", "Ngày lấy số", "Giờ lấy số",
            "Gọi lần đầu", "Chờ (phút)", "Phục vụ (phút)", "Quầy", "Cán bộ", "Kết quả"};

    /** The ticket's state at export time, as the center's staff say it. */
    static final Map<String, String> OUTCOMES = Map.of(
            "WAITING", "Đang chờ",
            "CALLED", "Đã gọi",
            "SERVING", "Đang phục vụ",
            "DONE", "Đã phục vụ",
            "NO_SHOW", "Vắng mặt",
            "CANCELLED", "Đã hủy",
            "EXPIRED", "Hết hạn");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final String SQL = """
            SELECT k.number, s.service_code, s.service_name, s.issued_at, s.first_called_at,
                   CAST(s.wait_seconds AS DOUBLE PRECISION), CAST(s.service_seconds AS DOUBLE PRECISION),
                   %1$s, c.name, %2$s, u.full_name, k.status
            FROM ticket_stat s
            JOIN ticket k ON k.id = s.ticket_id
            LEFT JOIN counter c ON c.center_id = s.center_id AND c.number = %1$s
            LEFT JOIN staff_user u ON u.username = %2$s
            WHERE %3$s
            ORDER BY s.issued_at, k.number
            """.formatted(SummaryQueries.COUNTER_OF_TICKET, SummaryQueries.CLERK_OF_TICKET, SummaryQueries.IN_RANGE);

    @Inject
    EntityManager em;

    /** Runs in a transaction of its own, as it is called while the response is written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(long centerId, ZoneId zone, DateRange range, OutputStream stream) throws IOException {
        try (CsvWriter csv = new CsvWriter(stream);
             Stream<?> rows = SummaryQueries.bind(em.createNativeQuery(SQL), centerId, zone, range)
                     .setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            csv.row((Object[]) HEADERS);
            for (Iterator<?> it = rows.iterator(); it.hasNext(); ) {
                csv.row(cells((Object[]) it.next(), zone));
            }
        }
    }

    private static Object[] cells(Object[] r, ZoneId zone) {
        ZonedDateTime issued = instant(r[3]).atZone(zone);
        Instant called = r[4] == null ? null : instant(r[4]);
        Integer counter = r[7] == null ? null : ((Number) r[7]).intValue();
        String clerk = (String) r[9];
        return new Object[] {r[0], r[1], r[2] == null ? r[1] : r[2], issued.toLocalDate().toString(),
                TIME.format(issued), called == null ? null : TIME.format(called.atZone(zone)),
                r[5] == null ? null : SummaryRow.minutes(((Number) r[5]).doubleValue()),
                r[6] == null ? null : SummaryRow.minutes(((Number) r[6]).doubleValue()),
                counter == null ? null : SummaryQueries.counterLabel(counter, (String) r[8]),
                clerk == null ? null : clerk.isEmpty() ? SummaryQueries.UNKNOWN_CLERK
                        : SummaryQueries.clerkLabel(clerk, (String) r[10]),
                OUTCOMES.getOrDefault(String.valueOf(r[11]), String.valueOf(r[11]))};
    }

    /** A TIMESTAMP WITH TIME ZONE as the JDBC driver hands it over (the types differ between databases). */
    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass().getName());
    }
}
