package vn.motcua.queue.backend.reports;

import java.io.IOException;
import java.io.OutputStream;

/** summary.csv: the header, one record per row of the summary, then the total. */
final class SummaryCsv {

    private SummaryCsv() {
    }

    static void write(Summary summary, Grouping by, OutputStream stream) throws IOException {
        try (CsvWriter csv = new CsvWriter(stream)) {
            csv.row(SummaryColumns.headers(by).toArray());
            for (SummaryRow row : summary.rows()) {
                csv.row(SummaryColumns.cells(row));
            }
            csv.row(SummaryColumns.cells(summary.total()));
        }
    }
}
