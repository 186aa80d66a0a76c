package vn.motcua.queue.simulator.engine;

import java.util.Locale;
import java.util.function.Supplier;
import vn.motcua.queue.core.calling.CallingPolicies;
import vn.motcua.queue.core.calling.CallingPolicy;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.core.calling.TriagePolicy;

/** A calling policy as the simulator runs it, with the label used in tables (e.g. "DEADLINE 2.5"). */
public record PolicyVariant(String label, Supplier<CallingPolicy> factory) {

    public static PolicyVariant of(PolicyKind kind) {
        return new PolicyVariant(kind.name(), () -> CallingPolicies.of(kind));
    }

    public static PolicyVariant deadline(double cap) {
        return new PolicyVariant("DEADLINE " + cap, () -> CallingPolicies.of(PolicyKind.DEADLINE, cap));
    }

    /** {@code FIFO}, {@code DEADLINE} (default cap), {@code DEADLINE:2.5} or {@code TRIAGE:1.5}, any case. */
    public static PolicyVariant parse(String text) {
        String[] parts = text.trim().toUpperCase(Locale.ROOT).split("[:=\\s]+");
        if (parts[0].equals("TRIAGE")) {
            return triage(parts.length > 1 ? Double.parseDouble(parts[1]) : CallingPolicies.DEFAULT_CAP);
        }
        PolicyKind kind = PolicyKind.valueOf(parts[0]);
        if (parts.length > 1) {
            if (kind != PolicyKind.DEADLINE) {
                throw new IllegalArgumentException("only DEADLINE takes a cap, got '" + text + "'");
            }
            return deadline(Double.parseDouble(parts[1]));
        }
        return of(kind);
    }

    /** {@link TriagePolicy}: DEADLINE looking past the head of each line. */
    public static PolicyVariant triage(double cap) {
        return new PolicyVariant("TRIAGE " + cap, () -> new TriagePolicy(cap));
    }

    /** Policies beyond the core's five that the benchmark also compares. */
    public static java.util.List<PolicyVariant> extras() {
        return java.util.List.of(triage(1.5), triage(2.0));
    }

    public CallingPolicy create() {
        return factory.get();
    }
}
