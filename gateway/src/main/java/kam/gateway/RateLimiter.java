package kam.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code requestsPerSecond}. Buckets live in
 * memory, so each gateway replica limits on its own: behind N replicas a client gets up to N times the rate.
 */
public final class RateLimiter {
    private static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final Map<String, Double> perClient;
    private final int burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Allowed, or refused with the whole seconds after which a request would be allowed. */
    public record Decision(boolean allowed, long retryAfterSeconds) {}

    /** @param perClient rates for named clients instead of {@code perSecond} */
    public RateLimiter(double perSecond, Map<String, Double> perClient, int burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.perClient = Map.copyOf(perClient);
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    public Decision take(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            // Forgetting every bucket only gives each client a full burst again; it never refuses anyone wrongly.
            buckets.clear();
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, nanoTime.getAsLong()))
                .take(perClient.getOrDefault(client, perSecond), burst, nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Decision take(double perSecond, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0);
            }
            return new Decision(false, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
