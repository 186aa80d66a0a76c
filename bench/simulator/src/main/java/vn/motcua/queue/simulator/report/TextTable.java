package vn.motcua.queue.simulator.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with right-aligned numbers; also renders as a Markdown table for the docs. */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... header) {
        this.header = List.of(header);
    }

    public TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c instanceof Double d ? String.format(java.util.Locale.ROOT, "%.1f", d) : String.valueOf(c));
        }
        rows.add(r);
        return this;
    }

    public String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths);
        for (int i = 0; i < widths.length; i++) {
            sb.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        sb.append('\n');
        rows.forEach(r -> line(sb, r, widths));
        return sb.toString();
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            sb.append(i == 0 ? "---|" : "---:|");
        }
        sb.append('\n');
        rows.forEach(r -> sb.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            sb.append(i == 0 ? "" : "  ").append(i == 0 ? c + pad : pad + c);
        }
        sb.append('\n');
    }
}
