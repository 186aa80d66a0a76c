package vn.motcua.queue.simulator.citizens;

import java.time.Duration;
import java.util.random.RandomGenerator;
import vn.motcua.queue.simulator.scenario.ServiceTimeSpec;

/** Draws service times with the configured mean and spread. */
public final class ServiceTimeSampler {

    private ServiceTimeSampler() {
    }

    public static Duration sample(ServiceTimeSpec spec, RandomGenerator rng) {
        double mean = spec.mean().toMillis();
        double millis = switch (spec.distribution()) {
            case CONSTANT -> mean;
            case EXPONENTIAL -> -mean * Math.log(1.0 - rng.nextDouble());
            case LOGNORMAL -> {
                // parameters chosen so that the lognormal's own mean and cv are the configured ones
                double sigma2 = Math.log(1 + spec.spread() * spec.spread());
                double mu = Math.log(mean) - sigma2 / 2;
                yield Math.exp(mu + Math.sqrt(sigma2) * rng.nextGaussian());
            }
        };
        return Duration.ofMillis(Math.max(1, Math.round(millis)));
    }
}
