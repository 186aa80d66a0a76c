package vn.motcua.queue.core.calling;

import java.time.Duration;
import java.util.Objects;

/** What the queue rules need to know about a service. */
public record ServiceRule(String code, Duration targetWait, PriorityMode priorityMode, Duration meanServiceTime) {

    public ServiceRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(targetWait, "targetWait");
        Objects.requireNonNull(priorityMode, "priorityMode");
        Objects.requireNonNull(meanServiceTime, "meanServiceTime");
        if (targetWait.isNegative() || targetWait.isZero()) {
            throw new IllegalArgumentException("target wait must be positive for service " + code);
        }
    }

    public ServiceRule withMeanServiceTime(Duration mean) {
        return new ServiceRule(code, targetWait, priorityMode, mean);
    }
}
