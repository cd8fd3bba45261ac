package org.palermo.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Security settings ({@code palermo.security.*}). */
@ConfigurationProperties("palermo.security")
public record SecuritySettings(Login login, Token token) {

    /**
     * @param maxFailures  failed logins for one username, or from one address, before it is locked
     * @param lockDuration how long the lock lasts
     */
    public record Login(int maxFailures, Duration lockDuration) {}

    /** @param defaultLifetime a new token's lifetime when none is asked for; @param maxLifetime the longest */
    public record Token(Duration defaultLifetime, Duration maxLifetime) {}
}
