package vn.motcua.queue.backend.reports;

import java.util.List;

/** The columns of a summary as the downloads lay them out: Vietnamese headers and one cell per figure. */
final class SummaryColumns {

    /** Columns holding minutes or percents (one decimal) rather than counts. */
    static final List<Integer> DECIMALS = List.of(4, 6, 7, 8, 9);

    private SummaryColumns() {
    }

    static List<String> headers(Grouping by) {
        return List.of("Mã", by.column(), "Số phiếu", "Đã phục vụ", "Vắng mặt (%)", "Đã hủy",
                "Chờ trung bình (phút)", "Chờ P90 (phút)", "Phục vụ trung bình (phút)", "Đạt chỉ tiêu chờ (%)");
    }

    /** The cells of a row, in the order of {@link #headers}; null for an empty figure. */
    static Object[] cells(SummaryRow r) {
        return new Object[] {r.key(), r.label(), r.tickets(), r.served(), r.noShowPercent(), r.cancelled(),
                r.avgWaitMinutes(), r.p90WaitMinutes(), r.avgServiceMinutes(), r.withinTargetPercent()};
    }
}
