package org.palermo.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses login attempts for a locked username or address with 429 before the password is checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponses problems;
    private final Clock clock;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems, Clock clock) {
        this.throttle = throttle;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(SecurityConfiguration.path(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant until = throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr());
        if (until == null) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "login-locked", "Too many failed logins",
                "Too many failed logins for this account or address; try again in " + seconds + " seconds.");
    }
}
