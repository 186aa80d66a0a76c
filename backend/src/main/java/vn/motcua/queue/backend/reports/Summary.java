package vn.motcua.queue.backend.reports;

import java.time.LocalDate;
import java.util.List;

/** A summary of the tickets issued in a range, one row per service, counter or clerk, and the total. */
public record Summary(LocalDate from, LocalDate to, String by, List<SummaryRow> rows, SummaryRow total) {
}
