package vn.motcua.queue.backend.reports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.motcua.queue.backend.common.DateRange;

/**
 * summary.xlsx: one sheet per grouping ("Theo dịch vụ", "Theo quầy", "Theo cán bộ"), each with a title row
 * (center, range), the header row, the rows with figures as numbers, and the total row.
 */
final class SummaryWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SummaryWorkbook() {
    }

    static void write(String centerName, DateRange range, Map<Grouping, Summary> summaries, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "MotCua Queue", "1.0");
        for (Map.Entry<Grouping, Summary> e : summaries.entrySet()) {
            sheet(workbook.newWorksheet(e.getKey().sheet()), centerName, range, e.getKey(), e.getValue());
        }
        workbook.finish();
    }

    private static void sheet(Worksheet ws, String centerName, DateRange range, Grouping by, Summary summary) {
        ws.value(0, 0, centerName + " — thống kê theo " + by.noun() + " từ ngày " + DAY.format(range.from())
                + " đến ngày " + DAY.format(range.to()));
        ws.style(0, 0).bold().fontSize(13).set();
        List<String> headers = SummaryColumns.headers(by);
        for (int c = 0; c < headers.size(); c++) {
            ws.value(1, c, headers.get(c));
            ws.width(c, c == 1 ? 32 : c == 0 ? 10 : 14);
        }
        ws.range(1, 0, 1, headers.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        int r = 2;
        for (SummaryRow row : summary.rows()) {
            cells(ws, r++, row);
        }
        cells(ws, r, summary.total());
        ws.range(r, 0, r, headers.size() - 1).style().bold().set();
        ws.freezePane(2, 2);
    }

    private static void cells(Worksheet ws, int r, SummaryRow row) {
        Object[] cells = SummaryColumns.cells(row);
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v instanceof Number n) {
                ws.value(r, c, n);
                if (SummaryColumns.DECIMALS.contains(c)) {
                    ws.style(r, c).format("0.0").set();
                }
            } else if (v != null) {
                ws.value(r, c, v.toString());
            }
        }
    }
}
