package org.palermo.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.palermo.app.web.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scoped, expiring, revocable API tokens for partner systems. A token is {@code plm_} and 256 random bits; the
 * database keeps only its SHA-256, so a copy of the database does not hand out working tokens.
 */
public class ApiTokens {

    static final String PREFIX = "plm_";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random;

    public ApiTokens(JdbcClient jdbc, Clock clock, SecureRandom random) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = random;
    }

    public IssuedToken issue(Account owner, String name, Set<Scope> scopes, Duration lifetime) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidRequestException.of("name", "a token needs a name of 1-100 characters");
        }
        if (scopes.isEmpty()) {
            throw InvalidRequestException.of("scopes", "a token needs at least one scope");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("""
                INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at, expires_at)
                VALUES (:user, :name, :hash, :scopes, :created, :expires)""")
                .param("user", owner.id())
                .param("name", name)
                .param("hash", sha256(secret))
                .param("scopes", Scope.codes(scopes))
                .param("created", utc(now))
                .param("expires", utc(expiresAt))
                .update();
        long id = jdbc.sql("SELECT id FROM api_tokens WHERE token_hash = :hash").param("hash", sha256(secret))
                .query(Long.class).single();
        return new IssuedToken(id, owner.username(), name, scopes, expiresAt, secret);
    }

    /** The holder of a token that exists, is not revoked or expired, and whose owner is enabled. */
    public Optional<TokenHolder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT t.id, u.username, u.role, t.scopes FROM api_tokens t JOIN users u ON u.id = t.user_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.enabled = TRUE""")
                .param("hash", sha256(secret))
                .param("now", utc(clock.instant()))
                .query((rs, n) -> new TokenHolder(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        Scope.parse(rs.getString(4))))
                .optional();
    }

    /** Revokes a token; false when there is no such token or it was revoked already. */
    public boolean revoke(long id) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", utc(clock.instant()))
                .param("id", id)
                .update() == 1;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The longest lifetime allowed; a request for more is refused rather than cut. */
    public static Duration checkLifetime(Duration requested, Duration max) {
        if (requested.isNegative() || requested.isZero() || requested.compareTo(max) > 0) {
            throw InvalidRequestException.of("lifetime", "must be between 1 second and " + max.toDays() + " days");
        }
        return requested;
    }
}
