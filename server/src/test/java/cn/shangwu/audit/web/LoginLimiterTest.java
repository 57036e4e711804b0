package cn.shangwu.audit.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.*;

class LoginLimiterTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-05T08:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void blocksAfterTheLimitAndReleasesWhenTheWindowPasses() {
        ManualClock clock = new ManualClock();
        LoginLimiter l = new LoginLimiter(3, 10, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, l.retryAfter("Zhang", "10.0.0.1"));
            l.failed("zhang", "10.0.0.1");
        }
        long wait = l.retryAfter(" ZHANG ", "10.0.0.2");
        assertTrue(wait > 0 && wait <= 601, "names compare case-insensitively: " + wait);
        assertEquals(0, l.retryAfter("li", "10.0.0.1"), "the address is below its own limit");
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertEquals(0, l.retryAfter("zhang", "10.0.0.1"));
    }

    @Test
    void anAddressTryingManyNamesIsBlockedToo() {
        LoginLimiter l = new LoginLimiter(5, 4, Duration.ofMinutes(10), new ManualClock());
        for (int i = 0; i < 4; i++) l.failed("user" + i, "10.0.0.9");
        assertTrue(l.retryAfter("fresh", "10.0.0.9") > 0);
        assertEquals(0, l.retryAfter("fresh", "10.0.0.8"));
    }

    @Test
    void successClearsTheNameButNotTheAddress() {
        LoginLimiter l = new LoginLimiter(2, 3, Duration.ofMinutes(10), new ManualClock());
        l.failed("wang", "10.0.0.3");
        l.failed("wang", "10.0.0.3");
        assertTrue(l.retryAfter("wang", "10.0.0.4") > 0);
        l.succeeded("wang");
        assertEquals(0, l.retryAfter("wang", "10.0.0.4"));
    }
}
