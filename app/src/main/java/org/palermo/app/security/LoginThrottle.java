package org.palermo.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a username, and separately a client address, for a while after too many failed logins in a row.
 * Counts live in memory: a restart forgets them (acceptable for a single server; see docs/server.md).
 */
public class LoginThrottle {

    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration lockDuration, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be positive, was " + maxFailures);
        }
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    private record Failures(int count, Instant lockedUntil) {}

    /** When the lock on this username or address ends, or null when neither is locked. */
    public Instant lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant byUser = lockEnd(userKey(username), now);
        Instant byAddress = lockEnd(addressKey(address), now);
        if (byUser == null) {
            return byAddress;
        }
        return byAddress == null || byUser.isAfter(byAddress) ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        count(userKey(username));
        count(addressKey(address));
    }

    public void succeeded(String username, String address) {
        failures.remove(userKey(username));
        failures.remove(addressKey(address));
    }

    private Instant lockEnd(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now) ? null : f.lockedUntil();
    }

    private void count(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> {
            int count = (f == null || (f.lockedUntil() != null && !f.lockedUntil().isAfter(now))) ? 1 : f.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockDuration) : null);
        });
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
