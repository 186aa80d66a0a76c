package vn.motcua.queue.display.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.queue.display.config.CounterSelection;
import vn.motcua.queue.display.hall.CallRecord;
import vn.motcua.queue.display.hall.HallListener;
import vn.motcua.queue.display.hall.HallState;

/**
 * Which calls are spoken: live calls and recalls to this screen's counters, and after a reconnect
 * the calls made while the agent was cut off if they are still recent (a citizen may still be
 * waiting for them); older missed calls are only shown.
 */
public final class CallAnnouncements implements HallListener {
    private final Announcer announcer;
    private final CounterSelection counters;
    private final Duration catchUp;
    private final Clock clock;

    public CallAnnouncements(Announcer announcer, CounterSelection counters, Duration catchUp, Clock clock) {
        this.announcer = announcer;
        this.counters = counters;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    @Override
    public void onCall(CallRecord call) {
        if (counters.includes(call.counterNumber())) {
            announcer.enqueue(call.ticket().number(), call.counterNumber(), call.recall());
        }
    }

    @Override
    public void onSnapshot(HallState state, List<CallRecord> missedCalls) {
        Instant oldest = clock.instant().minus(catchUp);
        missedCalls.stream().filter(c -> c.at().isAfter(oldest)).forEach(this::onCall);
    }
}
