package vn.motcua.queue.core.estimate.reference;

import vn.motcua.queue.core.calling.PolicyKind;

/** The reference copy of each policy. */
public final class RefPolicies {

    private RefPolicies() {
    }

    public static RefCallingPolicy of(PolicyKind kind, double cap, double horizon, double serviceTimeWeight) {
        return switch (kind) {
            case FIFO -> new RefFifoPolicy();
            case SERVICE_ORDER -> new RefServiceOrderPolicy();
            case TARGET_AWARE -> new RefTargetAwarePolicy();
            case DEADLINE -> new RefDeadlinePolicy(cap, horizon, serviceTimeWeight);
            case PRIORITY_FIFO -> new RefPriorityFifoPolicy();
        };
    }
}
