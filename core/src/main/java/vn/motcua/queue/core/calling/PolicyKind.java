package vn.motcua.queue.core.calling;

/** The calling policies a center can choose; {@link #DEADLINE} is the default. */
public enum PolicyKind {
    /** Longest-waiting ticket among the counter's services. */
    FIFO,
    /** First service of the work profile that has tickets. */
    SERVICE_ORDER,
    /** Highest waited/target x weight. */
    TARGET_AWARE,
    /** Over cap x target first; else least slack to the target; else oldest. */
    DEADLINE,
    /** Baseline of common open-source systems: any priority ticket first, then FIFO. */
    PRIORITY_FIFO
}
