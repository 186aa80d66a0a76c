package vn.motcua.queue.backend.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CSV and Excel downloads of {@link ReportFixture} (2026-03-02..03); figures as in SummaryReportTest. */
@QuarkusTest
class ReportDownloadsTest {

    private static final String RANGE = "2026-03-02_2026-03-03";
    private static ReportFixture fixture;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = ReportFixture.create();
        }
    }

    @Test
    void summaryCsvIsUtf8WithBomCommaSeparatedQuotedAndSafeFromFormulas() {
        Response r = download("summary.csv", "service");
        assertThat(r.contentType()).startsWith("text/csv");
        assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"motcua-" + fixture.center + "-" + RANGE + "-summary-service.csv\"");
        byte[] bytes = r.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(String.join("\r\n",
                "Mã,Dịch vụ,Số phiếu,Đã phục vụ,Vắng mặt (%),Đã hủy,Chờ trung bình (phút),Chờ P90 (phút),"
                        + "Phục vụ trung bình (phút),Đạt chỉ tiêu chờ (%)",
                "DD,Đất đai,4,3,50.0,0,18.0,27.0,8.6,50.0",
                // a comma and quotes: the cell is quoted and its quotes doubled
                "HT,\"Hộ tịch, \"\"khai sinh\"\"\",3,1,0.0,1,11.5,16.7,14.5,100.0",
                // a formula: a leading apostrophe (and quoted, as it has quotes and a comma); empty figures are empty
                "CT,\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Chứng thực\"\")\",1,0,,1,,,,",
                "TOTAL,Tổng cộng,8,4,33.3,2,15.8,25.0,10.1,66.7", ""));
    }

    @Test
    void summaryCsvByClerkNamesTheFile() {
        Response r = download("summary.csv", "clerk");
        assertThat(r.header("Content-Disposition")).endsWith("-" + RANGE + "-summary-clerk.csv\"");
        assertThat(csv(r)).containsExactly(
                "Mã,Cán bộ,Số phiếu,Đã phục vụ,Vắng mặt (%),Đã hủy,Chờ trung bình (phút),Chờ P90 (phút),"
                        + "Phục vụ trung bình (phút),Đạt chỉ tiêu chờ (%)",
                fixture.clerkC + "," + fixture.clerkC + ",3,3,33.3,0,12.3,18.4,10.1,66.7",
                fixture.clerkL + ",Lê Văn Bình,2,1,50.0,0,20.0,28.0,10.0,50.0",
                ",(không rõ),1,0,0.0,0,18.0,18.0,,100.0",
                "TOTAL,Tổng cộng,8,4,33.3,2,15.8,25.0,10.1,66.7");
    }

    @Test
    void ticketsCsvHasOneRecordPerTicketAndNoPersonalData() {
        Response r = download("tickets.csv", null);
        assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"motcua-" + fixture.center + "-" + RANGE + "-tickets.csv\"");
        assertThat(Arrays.copyOf(r.asByteArray(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String ht = "\"Hộ tịch, \"\"khai sinh\"\"\"";
        String l = ReportFixture.CLERK_L_NAME;
        String c = fixture.clerkC;
        // in order of issue; wait = issue to first call, service = last start to finish, in minutes
        assertThat(csv(r)).containsExactly(
                "Số phiếu,Mã dịch vụ,Dịch vụ,Ngày lấy số,Giờ lấy số,Gọi lần đầu,Chờ (phút),Phục vụ (phút),Quầy,Cán bộ,"
                        + "Kết quả",
                "A001,DD,Đất đai,2026-03-02,06:50:00,07:00:00,10.0,10.0,Quầy số 1," + l + ",Đã phục vụ",
                "A002,DD,Đất đai,2026-03-02,08:05:00,08:25:00,20.0,6.9,Quầy số 2," + c + ",Đã phục vụ",
                "A003,DD,Đất đai,2026-03-02,08:10:00,08:40:00,30.0,,Quầy số 1," + l + ",Vắng mặt",
                "B001,HT," + ht + ",2026-03-02,09:00:00,09:05:00,5.0,14.5,Quầy số 2," + c + ",Đã phục vụ",
                "B002,HT," + ht + ",2026-03-02,09:10:00,,,,,,Đã hủy",
                "A001,DD,Đất đai,2026-03-03,08:00:00,08:12:00,12.0,9.0,Quầy số 1," + c + ",Đã phục vụ",
                "B001,HT," + ht + ",2026-03-03,10:00:00,10:18:00,18.0,,Quầy số 10,(không rõ),Hết hạn",
                "C001,CT,\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Chứng thực\"\")\",2026-03-03,11:00:00,,,,,,Đã hủy");
        // T5 had a phone number: neither it nor a masked form is in the file
        assertThat(r.asString()).doesNotContain(ReportFixture.PHONE).doesNotContain("987654321")
                .doesNotContain("******");
    }

    @Test
    void ticketsCsvNamesTheCounterOfTheFirstCallAndTheCounterAndClerkOfTheLastNoShow() {
        String day = ReportFixture.ATTRIBUTION_DAY.toString();
        Response r = given().queryParam("from", day).queryParam("to", day)
                .get("/api/centers/{c}/reports/tickets.csv", fixture.center).then().statusCode(200).extract().response();
        // T9: first called at 10, later at 1; T10: no-show at 10 by L, later at 2 by C
        assertThat(csv(r)).containsExactly(
                "Số phiếu,Mã dịch vụ,Dịch vụ,Ngày lấy số,Giờ lấy số,Gọi lần đầu,Chờ (phút),Phục vụ (phút),Quầy,Cán bộ,"
                        + "Kết quả",
                "A001,DD,Đất đai," + day + ",09:00:00,09:10:00,10.0,,Quầy số 10,(không rõ),Hết hạn",
                "A002,DD,Đất đai," + day + ",10:00:00,10:05:00,5.0,,Quầy số 2," + fixture.clerkC + ",Vắng mặt");
    }

    @Test
    void workbookHasASheetPerGroupingWithTitleHeaderNumbersAndTotal() throws Exception {
        Response r = download("summary.xlsx", null);
        assertThat(r.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"motcua-" + fixture.center + "-" + RANGE + "-summary.xlsx\"");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Theo dịch vụ", "Theo quầy", "Theo cán bộ");

            List<Row> service = sheets.get(0).read();
            assertThat(service).hasSize(6);
            assertThat(service.get(0).getCellText(0)).isEqualTo(fixture.centerName
                    + " — thống kê theo dịch vụ từ ngày 02/03/2026 đến ngày 03/03/2026");
            assertThat(texts(service.get(1))).startsWith("Mã", "Dịch vụ", "Số phiếu", "Đã phục vụ", "Vắng mặt (%)");
            assertRow(service.get(2), "DD", "Đất đai", 4, 3, 50.0, 0, 18.0, 27.0, 8.6, 50.0);
            assertRow(service.get(3), "HT", ReportFixture.HT_NAME, 3, 1, 0.0, 1, 11.5, 16.7, 14.5, 100.0);
            // the workbook keeps text as text: no apostrophe needed, and empty figures are empty cells
            assertRow(service.get(4), "CT", ReportFixture.CT_NAME, 1, 0, null, 1, null, null, null, null);
            assertRow(service.get(5), "TOTAL", "Tổng cộng", 8, 4, 33.3, 2, 15.8, 25.0, 10.1, 66.7);

            List<Row> counters = sheets.get(1).read();
            assertThat(counters.get(0).getCellText(0)).contains("thống kê theo quầy");
            assertThat(texts(counters.get(1)).get(1)).isEqualTo("Quầy");
            assertRow(counters.get(2), "1", "Quầy số 1", 3, 2, 66.7, 0, 17.3, 26.4, 9.5, 66.7);
            assertRow(counters.get(3), "2", "Quầy số 2", 2, 2, 0.0, 0, 12.5, 18.5, 10.7, 50.0);
            assertRow(counters.get(4), "10", "Quầy số 10", 1, 0, 0.0, 0, 18.0, 18.0, null, 100.0);
            assertRow(counters.get(5), "TOTAL", "Tổng cộng", 8, 4, 33.3, 2, 15.8, 25.0, 10.1, 66.7);

            List<Row> clerks = sheets.get(2).read();
            assertThat(texts(clerks.get(1)).get(1)).isEqualTo("Cán bộ");
            assertRow(clerks.get(2), fixture.clerkC, fixture.clerkC, 3, 3, 33.3, 0, 12.3, 18.4, 10.1, 66.7);
            assertRow(clerks.get(3), fixture.clerkL, "Lê Văn Bình", 2, 1, 50.0, 0, 20.0, 28.0, 10.0, 50.0);
            assertRow(clerks.get(4), null, "(không rõ)", 1, 0, 0.0, 0, 18.0, 18.0, null, 100.0);
            assertRow(clerks.get(5), "TOTAL", "Tổng cộng", 8, 4, 33.3, 2, 15.8, 25.0, 10.1, 66.7);
        }
    }

    /** Key and label as text, then the figures as numeric cells (null: no cell). */
    private static void assertRow(Row row, String key, String label, Number... figures) {
        assertThat(row.getCellAsString(0).orElse(null)).as("key").isEqualTo(key);
        assertThat(row.getCellAsString(1).orElse(null)).as("label").isEqualTo(label);
        for (int i = 0; i < figures.length; i++) {
            BigDecimal cell = row.hasCell(i + 2) ? row.getCellAsNumber(i + 2).orElse(null) : null;
            if (figures[i] == null) {
                assertThat(cell).as("column %d of %s", i + 2, label).isNull();
            } else {
                assertThat(cell).as("column %d of %s", i + 2, label).isNotNull();
                assertThat(cell.doubleValue()).as("column %d of %s", i + 2, label)
                        .isEqualTo(figures[i].doubleValue());
            }
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? null : c.getText()).collect(Collectors.toList());
    }

    /** A download of the fixture's range; {@code by} null: not given. */
    private static Response download(String file, String by) {
        RequestSpecification request = given().queryParam("from", "2026-03-02").queryParam("to", "2026-03-03");
        if (by != null) {
            request.queryParam("by", by);
        }
        return request.get("/api/centers/{c}/reports/" + file, fixture.center).then().statusCode(200).extract().response();
    }

    /** The records of a CSV response (BOM dropped), split at CRLF; fails on a bare LF. */
    private static List<String> csv(Response r) {
        byte[] bytes = r.asByteArray();
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        return List.of(text.substring(0, text.length() - 2).split("\r\n", -1));
    }
}
