package vn.motcua.queue.backend.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * A heatmap: {@code cells[row][column]} is the metric for that row and hour ({@code null} when no ticket is
 * behind it), {@code counts} the tickets behind each cell (arrivals for the arrivals metric, called tickets
 * for the wait metrics). See docs/statistics.md.
 */
public record HeatmapView(LocalDate from, LocalDate to, List<String> rows, List<String> rowKeys,
                          List<Integer> columns, List<List<Double>> cells, List<List<Long>> counts, String metric,
                          String unit, Integer targetWaitMinutes, List<Integer> rowTargets, Integer goal,
                          boolean higherIsBetter) {
}
