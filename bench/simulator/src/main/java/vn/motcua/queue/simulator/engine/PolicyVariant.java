package vn.motcua.queue.simulator.engine;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import vn.motcua.queue.core.calling.CallingPolicies;
import vn.motcua.queue.core.calling.CallingPolicy;
import vn.motcua.queue.core.calling.DeadlinePolicy;
import vn.motcua.queue.core.calling.PolicyKind;

/** A calling policy as the simulator runs it, with the label used in tables (e.g. "DEADLINE 2.5"). */
public record PolicyVariant(String label, Supplier<CallingPolicy> factory) {

    public static PolicyVariant of(PolicyKind kind) {
        return new PolicyVariant(kind.name(), () -> CallingPolicies.of(kind));
    }

    /** DEADLINE with {@code cap} and the default horizon and service-time weight, as a center runs it. */
    public static PolicyVariant deadline(double cap) {
        return new PolicyVariant("DEADLINE " + cap, () -> CallingPolicies.of(PolicyKind.DEADLINE, cap));
    }

    /** DEADLINE with all three parameters (see {@link DeadlinePolicy}), labelled "DEADLINE cap h.. w..". */
    public static PolicyVariant deadline(double cap, double horizon, double serviceTimeWeight) {
        if (horizon == DeadlinePolicy.DEFAULT_HORIZON && serviceTimeWeight == DeadlinePolicy.DEFAULT_SERVICE_TIME_WEIGHT) {
            return deadline(cap);
        }
        return new PolicyVariant("DEADLINE " + cap + " h" + horizon + " w" + serviceTimeWeight,
                () -> new DeadlinePolicy(cap, horizon, serviceTimeWeight));
    }

    /**
     * {@code FIFO}, {@code DEADLINE} (default cap), {@code DEADLINE:2.5} or {@code DEADLINE:cap:horizon:weight}
     * (e.g. {@code DEADLINE:2:1:0}, plain least slack first), any case.
     */
    public static PolicyVariant parse(String text) {
        String[] parts = text.trim().toUpperCase(Locale.ROOT).split("[:=\\s]+");
        PolicyKind kind = PolicyKind.valueOf(parts[0]);
        if (parts.length == 1) {
            return of(kind);
        }
        if (kind != PolicyKind.DEADLINE) {
            throw new IllegalArgumentException("only DEADLINE takes parameters, got '" + text + "'");
        }
        if (parts.length > 4) {
            throw new IllegalArgumentException("DEADLINE takes cap[:horizon[:weight]], got '" + text + "'");
        }
        double cap = Double.parseDouble(parts[1]);
        double horizon = parts.length > 2 ? Double.parseDouble(parts[2]) : DeadlinePolicy.DEFAULT_HORIZON;
        double weight = parts.length > 3 ? Double.parseDouble(parts[3]) : DeadlinePolicy.DEFAULT_SERVICE_TIME_WEIGHT;
        PolicyVariant variant = deadline(cap, horizon, weight);
        variant.create(); // fail here on a bad parameter, not in the middle of a run
        return variant;
    }

    /** DEADLINE's parameters at the default cap: how each part of the rule pays off (compare command). */
    public static List<PolicyVariant> deadlineParameters() {
        double cap = CallingPolicies.DEFAULT_CAP;
        return List.of(deadline(cap, 1.0, 0.0), deadline(cap, 0.5, 0.0), deadline(cap, 1.0, 0.5),
                deadline(cap, 0.33, 0.5), deadline(cap), deadline(cap, 0.5, 0.75), deadline(cap, 0.5, 1.0));
    }

    public CallingPolicy create() {
        return factory.get();
    }
}
