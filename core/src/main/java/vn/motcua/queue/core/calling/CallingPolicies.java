package vn.motcua.queue.core.calling;

/** Builds a policy from its kind and the DEADLINE cap. */
public final class CallingPolicies {

    public static final double DEFAULT_CAP = 2.0;

    private CallingPolicies() {
    }

    public static CallingPolicy of(PolicyKind kind, double deadlineCap) {
        return switch (kind) {
            case FIFO -> new FifoPolicy();
            case SERVICE_ORDER -> new ServiceOrderPolicy();
            case TARGET_AWARE -> new TargetAwarePolicy();
            case DEADLINE -> new DeadlinePolicy(deadlineCap);
            case PRIORITY_FIFO -> new PriorityFifoPolicy();
        };
    }

    public static CallingPolicy of(PolicyKind kind) {
        return of(kind, DEFAULT_CAP);
    }
}
