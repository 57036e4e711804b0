package cn.shangwu.audit.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code perUser} failed logins for one user name, or {@code perAddress} from one address,
 * within the window, further attempts are refused (429) until the oldest failure leaves the window.
 */
final class LoginLimiter {
    private final int perUser;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginLimiter(int perUser, int perAddress, Duration window, Clock clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    static LoginLimiter standard() {
        return new LoginLimiter(5, 30, Duration.ofMinutes(10), Clock.systemUTC());
    }

    /** Seconds to wait before the next attempt, 0 when allowed. */
    long retryAfter(String username, String address) {
        return Math.max(wait("u:" + key(username), perUser), wait("a:" + address, perAddress));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > 100_000) failures.values().removeIf(q -> { synchronized (q) { prune(q); return q.isEmpty(); } });
        add("u:" + key(username), now);
        add("a:" + address, now);
    }

    void succeeded(String username) {
        failures.remove("u:" + key(username));
    }

    private long wait(String key, int limit) {
        Deque<Instant> q = failures.get(key);
        if (q == null) return 0;
        synchronized (q) {
            prune(q);
            if (q.size() < limit) return 0;
            Duration left = Duration.between(clock.instant(), q.peekFirst().plus(window));
            return Math.max(1, left.toSeconds() + 1);
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q);
            q.addLast(now);
        }
    }

    private void prune(Deque<Instant> q) {
        Instant cutoff = clock.instant().minus(window);
        while (!q.isEmpty() && q.peekFirst().isBefore(cutoff)) q.pollFirst();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
