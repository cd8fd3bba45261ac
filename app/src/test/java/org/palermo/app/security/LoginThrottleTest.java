package org.palermo.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final HandClock clock = new HandClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void locksAUsernameAfterTheLastAllowedFailureUntilTheLockEnds() {
        throttle.failed("ana", "a1");
        throttle.failed("ana", "a2");
        assertThat(throttle.lockedUntil("ana", "a9")).isNull();

        throttle.failed("ana", "a3");

        assertThat(throttle.lockedUntil("ana", "a9")).isEqualTo(clock.now.plus(Duration.ofMinutes(15)));
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("ana", "a9")).isNull();
    }

    @Test
    void locksAnAddressThatTriesManyUsernames() {
        throttle.failed("u1", "203.0.113.5");
        throttle.failed("u2", "203.0.113.5");
        throttle.failed("u3", "203.0.113.5");

        assertThat(throttle.lockedUntil("someone", "203.0.113.5")).isNotNull();
        assertThat(throttle.lockedUntil("someone", "203.0.113.6")).isNull();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        throttle.failed("ana", "a1");
        throttle.failed("ana", "a1");
        throttle.succeeded("ana", "a1");
        throttle.failed("ana", "a1");

        assertThat(throttle.lockedUntil("ana", "a1")).isNull();
    }
}
