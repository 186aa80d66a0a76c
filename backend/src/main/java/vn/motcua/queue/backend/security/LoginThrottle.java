package vn.motcua.queue.backend.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after {@code free} failed attempts for one user name, every further attempt waits
 * 1 s, then 2, 4 ... up to {@code max-delay}, until a success or {@code forget-after} without failures.
 * Kept per instance in memory (a guesser spread over instances still meets the delay on each).
 */
@ApplicationScoped
public class LoginThrottle {

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @ConfigProperty(name = "motcua.login.free-attempts", defaultValue = "5")
    int free;
    @ConfigProperty(name = "motcua.login.max-delay", defaultValue = "30S")
    Duration maxDelay;
    @ConfigProperty(name = "motcua.login.forget-after", defaultValue = "15M")
    Duration forgetAfter;

    /** How long this attempt must wait before its password is even checked. */
    public Duration delayFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        if (Duration.between(f.last(), Instant.now()).compareTo(forgetAfter) > 0) {
            failures.remove(key(username));
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, f.count() - free);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    public void failed(String username) {
        failures.merge(key(username), new Failures(1, Instant.now()),
                (old, one) -> new Failures(old.count() + 1, Instant.now()));
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    public int failures(String username) {
        Failures f = failures.get(key(username));
        return f == null ? 0 : f.count();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase();
    }
}
