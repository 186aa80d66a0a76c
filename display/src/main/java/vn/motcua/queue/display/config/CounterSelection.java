package vn.motcua.queue.display.config;

import java.util.Set;
import java.util.TreeSet;

/** A set of counter numbers written as {@code 1-6,9}; empty means every counter. */
public record CounterSelection(Set<Integer> numbers) {
    public static final CounterSelection ALL = new CounterSelection(Set.of());

    public CounterSelection {
        numbers = Set.copyOf(numbers);
    }

    public boolean includes(int counter) {
        return numbers.isEmpty() || numbers.contains(counter);
    }

    public boolean isAll() {
        return numbers.isEmpty();
    }

    public static CounterSelection parse(String text) {
        Set<Integer> numbers = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return ALL;
        }
        for (String part : text.split(",")) {
            String range = part.trim();
            if (range.isEmpty()) {
                continue;
            }
            int dash = range.indexOf('-');
            try {
                if (dash > 0) {
                    int from = Integer.parseInt(range.substring(0, dash).trim());
                    int to = Integer.parseInt(range.substring(dash + 1).trim());
                    if (to < from) {
                        throw new IllegalArgumentException("counter range runs backwards: " + range);
                    }
                    for (int n = from; n <= to; n++) {
                        numbers.add(n);
                    }
                } else {
                    numbers.add(Integer.parseInt(range));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a counter number or range: \"" + range + "\" in \"" + text + "\"");
            }
        }
        return new CounterSelection(numbers);
    }
}
