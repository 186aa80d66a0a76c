package vn.motcua.queue.core.calling;

/** The calling policies a center can choose; {@link #DEADLINE} is the default. */
public enum PolicyKind {
    /** Longest-waiting ticket among the counter's services. */
    FIFO,
    /** First service of the work profile that has tickets. */
    SERVICE_ORDER,
    /** Highest waited/target x weight. */
    TARGET_AWARE,
    /**
     * Per ticket: over cap x target first (oldest first); transferred and priority heads keep their place;
     * else the ticket about to miss its target with the least time to spare; else the oldest.
     */
    DEADLINE,
    /** Baseline of common open-source systems: any priority ticket first, then FIFO. */
    PRIORITY_FIFO
}
