package vn.motcua.queue.display.hall;

import java.util.List;

/** Who reacts to the hall's changes: the page feed, the voice, the LED boards. All default to nothing. */
public interface HallListener {

    /** Anything changed (including the connection mark). */
    default void onChange(HallState state) {
    }

    /**
     * A full snapshot was applied. {@code missedCalls}: calls in it that this agent had not seen (made
     * while it was disconnected), oldest first; empty on the very first snapshot.
     */
    default void onSnapshot(HallState state, List<CallRecord> missedCalls) {
    }

    /** A live ticket.called or ticket.recalled. */
    default void onCall(CallRecord call) {
    }

    /** A counter's status or current ticket changed. */
    default void onCounter(CounterView counter) {
    }
}
