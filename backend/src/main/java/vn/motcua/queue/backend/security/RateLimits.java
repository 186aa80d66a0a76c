package vn.motcua.queue.backend.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets: ticket issuance per device (a kiosk button held down or a script must not empty the
 * numbers) and public reads per client address. Per instance, in memory.
 */
@ApplicationScoped
public class RateLimits {

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @ConfigProperty(name = "motcua.rate-limit.device.per-second", defaultValue = "1")
    double devicePerSecond;
    @ConfigProperty(name = "motcua.rate-limit.device.burst", defaultValue = "5")
    int deviceBurst;
    @ConfigProperty(name = "motcua.rate-limit.public.per-second", defaultValue = "20")
    double publicPerSecond;
    @ConfigProperty(name = "motcua.rate-limit.public.burst", defaultValue = "60")
    int publicBurst;

    /** 0 when allowed, else the seconds to wait (for Retry-After). */
    public long deviceIssue(Long deviceId) {
        return take("device:" + deviceId, devicePerSecond, deviceBurst);
    }

    public long publicRequest(String address) {
        return take("public:" + address, publicPerSecond, publicBurst);
    }

    private long take(String key, double perSecond, int burst) {
        if (perSecond <= 0) {
            return 0; // limit switched off
        }
        long now = System.nanoTime();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.lastNanos) / 1e9 * perSecond);
            b.lastNanos = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond));
        }
    }
}
