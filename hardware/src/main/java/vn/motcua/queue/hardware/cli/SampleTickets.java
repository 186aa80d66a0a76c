package vn.motcua.queue.hardware.cli;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import vn.motcua.queue.hardware.printer.TicketData;

/** The "standard ticket": printed by the CLI, measured by the benchmark, checked by the tests. */
public final class SampleTickets {
    private SampleTickets() {
    }

    public static TicketData standard() {
        return new TicketData(
                "Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk",
                "Đăng ký kinh doanh",
                "A023",
                "Người cao tuổi",
                ZonedDateTime.of(2025, 3, 12, 8, 15, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")),
                5,
                15,
                "https://motcua.daklak.gov.vn/t/01HQ7Z3K9V",
                "Xin cảm ơn quý khách!");
    }

    public static TicketData withoutPriorityOrEstimate() {
        return new TicketData("UBND phường Bến Nghé", "Chứng thực", "B105", null,
                ZonedDateTime.of(2025, 3, 12, 14, 2, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")),
                0, null, "https://motcua.example.vn/t/42", "");
    }
}
