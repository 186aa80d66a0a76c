package vn.motcua.queue.backend.stats;

import java.util.Locale;
import vn.motcua.queue.backend.common.ProblemException;

/** What the rows of a heatmap are: the services of the center, or the days of the week (open, or with tickets). */
public enum HeatmapRows {
    SERVICE("service", "service_code"),
    WEEKDAY("weekday", "issued_weekday");

    private static final String[] WEEKDAY_NAMES = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
        "Chủ nhật"};

    private final String key;
    /** The column of {@code ticket_stat} the rows group by. */
    private final String column;

    HeatmapRows(String key, String column) {
        this.key = key;
        this.column = column;
    }

    String column() {
        return column;
    }

    /** The rows of the query parameter {@code rows} (default service, any case), or a 400. */
    public static HeatmapRows parse(String value) {
        if (value == null || value.isBlank()) {
            return SERVICE;
        }
        String key = value.trim().toLowerCase(Locale.ROOT);
        for (HeatmapRows r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        throw ProblemException.badRequest("Query parameter 'rows' must be service or weekday, got '" + value + "'");
    }

    /** "Thứ Hai" for 1 (Monday) ... "Chủ nhật" for 7. */
    static String weekdayName(int isoDay) {
        return WEEKDAY_NAMES[isoDay - 1];
    }
}
