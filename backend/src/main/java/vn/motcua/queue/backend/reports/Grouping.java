package vn.motcua.queue.backend.reports;

import java.util.Locale;
import vn.motcua.queue.backend.common.ProblemException;

/** What the rows of a summary stand for; the words are those of the CSV headers and workbook sheets. */
public enum Grouping {
    SERVICE("Dịch vụ", "Theo dịch vụ", "dịch vụ"),
    COUNTER("Quầy", "Theo quầy", "quầy"),
    CLERK("Cán bộ", "Theo cán bộ", "cán bộ");

    private final String column;
    private final String sheet;
    private final String noun;

    Grouping(String column, String sheet, String noun) {
        this.column = column;
        this.sheet = sheet;
        this.noun = noun;
    }

    /** {@code by=service|counter|clerk}; missing means service. */
    public static Grouping parse(String by) {
        if (by == null || by.isBlank()) {
            return SERVICE;
        }
        for (Grouping g : values()) {
            if (g.key().equals(by.trim().toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        throw ProblemException.badRequest("Query parameter 'by' must be service, counter or clerk, got '" + by + "'");
    }

    /** How the API names it: "service", "counter", "clerk". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String column() {
        return column;
    }

    public String sheet() {
        return sheet;
    }

    public String noun() {
        return noun;
    }
}
