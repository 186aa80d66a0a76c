package vn.motcua.queue.simulator.engine;

import java.time.Instant;
import vn.motcua.queue.simulator.citizens.Citizen;

/** Something that happens at an instant of the simulated day; equal instants keep their scheduling order. */
record Event(Instant at, long seq, Type type, SimCounter counter, Citizen citizen) implements Comparable<Event> {

    enum Type { ARRIVAL, RECALL, NO_SHOW, SERVICE_END, BREAK_START, BREAK_END, CLOSE }

    @Override
    public int compareTo(Event o) {
        int c = at.compareTo(o.at);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
