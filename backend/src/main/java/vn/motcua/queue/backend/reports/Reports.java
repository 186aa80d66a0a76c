package vn.motcua.queue.backend.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.common.DateRange;
import vn.motcua.queue.backend.stats.StatsScope;

/**
 * The reports of a center over a range of issue days: the summary as JSON, and the downloads. The center
 * and the caller's right to it are checked before the query parameters, so a stranger learns nothing
 * from a 400.
 */
@ApplicationScoped
public class Reports {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A file to download: its name, media type, and how to write it to the response. */
    public record Download(String fileName, String mediaType, Body body) {
    }

    /** Writes a download's bytes; called while the response is being sent. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    @Inject
    StatsScope scope;
    @Inject
    SummaryQueries queries;
    @Inject
    TicketExport tickets;

    @Transactional
    public Summary summary(String centerCode, String from, String to, String by) {
        Center center = scope.center(centerCode);
        Grouping grouping = Grouping.parse(by);
        return summary(center, scope.range(center, from, to), grouping);
    }

    @Transactional
    public Download summaryCsv(String centerCode, String from, String to, String by) {
        Center center = scope.center(centerCode);
        Grouping grouping = Grouping.parse(by);
        DateRange range = scope.range(center, from, to);
        Summary summary = summary(center, range, grouping);
        return new Download(fileName(center, range, "summary-" + grouping.key(), "csv"), CSV,
                out -> SummaryCsv.write(summary, grouping, out));
    }

    @Transactional
    public Download summaryWorkbook(String centerCode, String from, String to) {
        Center center = scope.center(centerCode);
        DateRange range = scope.range(center, from, to);
        Map<Grouping, Summary> summaries = new EnumMap<>(Grouping.class);
        for (Grouping g : Grouping.values()) {
            summaries.put(g, summary(center, range, g));
        }
        String name = center.name;
        return new Download(fileName(center, range, "summary", "xlsx"), XLSX,
                out -> SummaryWorkbook.write(name, range, summaries, out));
    }

    @Transactional
    public Download ticketsCsv(String centerCode, String from, String to) {
        Center center = scope.center(centerCode);
        DateRange range = scope.range(center, from, to);
        long centerId = center.id;
        ZoneId zone = center.zone();
        return new Download(fileName(center, range, "tickets", "csv"), CSV,
                out -> tickets.write(centerId, zone, range, out));
    }

    private Summary summary(Center center, DateRange range, Grouping grouping) {
        return new Summary(range.from(), range.to(), grouping.key(), queries.rows(center, range, grouping),
                queries.total(center, range));
    }

    /** motcua-CENTER-FROM_TO-KIND.EXT, with only characters that are safe in a header and a file system. */
    static String fileName(Center center, DateRange range, String kind, String extension) {
        String code = center.code.replaceAll("[^A-Za-z0-9_-]", "_");
        return "motcua-" + code + "-" + range.from() + "_" + range.to() + "-" + kind + "." + extension;
    }
}
