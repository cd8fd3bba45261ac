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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.palermo.app.web.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scoped, expiring, revocable API tokens for partner systems. A token is {@code plm_} and 256 random bits; the
 * database keeps only its SHA-256, so a copy of the database does not hand out working tokens.
 *
 * <p>A valid token's holder is kept in memory for {@link #DEFAULT_CACHE_TTL} (by the token's hash, never the
 * secret), so a partner's steady stream of requests does not query the database on every request. A revocation
 * through {@link #revoke} takes effect at once in this process (the entry is dropped, and again when the revoking
 * transaction commits), as does {@link #forgetAccount} when an account is disabled or its role changes; a change
 * made by another process (another server, {@code palermo admin} on PostgreSQL)
 * takes effect within the TTL. A cached token is still refused once it expires.
 */
public class ApiTokens {

    static final String PREFIX = "plm_";
    /** How long a valid token's holder is served from memory. */
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(5);
    /** Most tokens held in memory; when full, the cache is emptied (partners hold few tokens each). */
    static final int MAX_CACHED = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration cacheTtl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Bumped by every revocation or account change, so that a look-up that raced with one does not cache what it read. */
    private final AtomicLong revocations = new AtomicLong();

    private record Cached(TokenHolder holder, Instant tokenExpires, Instant until) {}

    public ApiTokens(JdbcClient jdbc, Clock clock, SecureRandom random) {
        this(jdbc, clock, random, DEFAULT_CACHE_TTL);
    }

    /** {@code cacheTtl} zero: every look-up queries the database. */
    public ApiTokens(JdbcClient jdbc, Clock clock, SecureRandom random, Duration cacheTtl) {
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cache TTL must not be negative, was " + cacheTtl);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = random;
        this.cacheTtl = cacheTtl;
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
        String hash = sha256(secret);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && now.isBefore(cached.until()) && now.isBefore(cached.tokenExpires())) {
            return Optional.of(cached.holder());
        }
        long revocationsBefore = revocations.get();
        Optional<Cached> found = jdbc.sql("""
                SELECT t.id, u.username, u.role, t.scopes, t.expires_at FROM api_tokens t
                JOIN users u ON u.id = t.user_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.enabled = TRUE""")
                .param("hash", hash)
                .param("now", utc(now))
                .query((rs, n) -> new Cached(new TokenHolder(rs.getLong(1), rs.getString(2),
                        Role.valueOf(rs.getString(3)), Scope.parse(rs.getString(4))),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), now.plus(cacheTtl)))
                .optional();
        if (found.isEmpty()) {
            cache.remove(hash);
            return Optional.empty();
        }
        if (!cacheTtl.isZero() && revocations.get() == revocationsBefore) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(hash, found.get());
        }
        return Optional.of(found.get().holder());
    }

    /**
     * Revokes a token; false when there is no such token or it was revoked already. The token's cached holder is
     * dropped now and again when the caller's transaction commits (a look-up in between still saw it valid).
     */
    public boolean revoke(long id) {
        boolean revoked = jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", utc(clock.instant()))
                .param("id", id)
                .update() == 1;
        forgetNowAndAfterCommit(c -> c.holder().tokenId() == id);
        return revoked;
    }

    /**
     * Drops the cached holders of an account's tokens, now and when the caller's transaction commits: call it when
     * the account is disabled or its role changes, so that its tokens are refused or re-read at once.
     */
    public void forgetAccount(String username) {
        forgetNowAndAfterCommit(c -> c.holder().username().equals(username));
    }

    private void forgetNowAndAfterCommit(java.util.function.Predicate<Cached> which) {
        forget(which);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(which);
                }
            });
        }
    }

    private void forget(java.util.function.Predicate<Cached> which) {
        revocations.incrementAndGet();
        cache.values().removeIf(which);
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
