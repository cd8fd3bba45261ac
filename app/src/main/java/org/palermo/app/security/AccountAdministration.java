package org.palermo.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.List;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What administrators do to accounts and API tokens from the console: list them, create and disable accounts,
 * change roles, issue and revoke tokens. Each change is audited in its own transaction ({@code users.create},
 * {@code users.disable}, {@code users.enable}, {@code users.role}, {@code tokens.issue}, {@code tokens.revoke}).
 * An administrator cannot disable or demote their own account (no locking oneself out).
 */
public class AccountAdministration {

    /** An account as administrators see it (never the password hash). */
    public record UserRow(long id, String username, Role role, boolean enabled, Instant createdAt) {}

    /** A token as administrators see it (never the secret or its hash). */
    public record TokenRow(long id, String username, String name, String scopes, Instant createdAt, Instant expiresAt,
            Instant revokedAt) {

        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final SecuritySettings settings;

    public AccountAdministration(JdbcClient jdbc, Accounts accounts, ApiTokens tokens, AuditLog audit,
            TransactionTemplate transactions, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
    }

    public List<UserRow> users() {
        return jdbc.sql("SELECT id, username, role, enabled, created_at FROM users ORDER BY username")
                .query((rs, n) -> new UserRow(rs.getLong("id"), rs.getString("username"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), instant(rs, "created_at")))
                .list();
    }

    /** Tokens, newest first, at most {@code limit}. */
    public List<TokenRow> tokens(int limit) {
        return jdbc.sql("""
                SELECT t.id, u.username, t.name, t.scopes, t.created_at, t.expires_at, t.revoked_at
                FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id DESC FETCH FIRST :limit ROWS ONLY""")
                .param("limit", limit)
                .query((rs, n) -> new TokenRow(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                        rs.getString("scopes"), instant(rs, "created_at"), instant(rs, "expires_at"),
                        instant(rs, "revoked_at")))
                .list();
    }

    public Account create(String username, String password, Role role, Actor actor) {
        return transactions.execute(status -> {
            Account created = accounts.create(username, password, role);
            audit.append(actor.describe(), "users.create", "user " + created.username() + " role " + created.role(),
                    null);
            return created;
        });
    }

    public void setEnabled(long userId, boolean enabled, Actor actor) {
        UserRow user = user(userId);
        if (!enabled && user.username().equals(actor.username())) {
            throw InvalidRequestException.of("enabled", "you cannot disable your own account");
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE users SET enabled = :enabled WHERE id = :id").param("enabled", enabled)
                    .param("id", userId).update();
            tokens.forgetAccount(user.username());
            audit.append(actor.describe(), enabled ? "users.enable" : "users.disable", "user " + user.username(),
                    null);
        });
    }

    public void changeRole(long userId, Role role, Actor actor) {
        UserRow user = user(userId);
        if (user.username().equals(actor.username()) && role != user.role()) {
            throw InvalidRequestException.of("role", "you cannot change your own role");
        }
        transactions.executeWithoutResult(status -> {
            tokens.forgetAccount(user.username());
            jdbc.sql("UPDATE users SET role = :role WHERE id = :id").param("role", role.name())
                    .param("id", userId).update();
            audit.append(actor.describe(), "users.role", "user " + user.username() + " role " + user.role() + " -> "
                    + role, null);
        });
    }

    /** Issues a token; the answer holds the secret, which is never stored or shown again. */
    public IssuedToken issue(String username, String name, Set<Scope> scopes, Integer lifetimeDays, Actor actor) {
        Account owner = accounts.find(username == null ? "" : username)
                .orElseThrow(() -> InvalidRequestException.of("username", "no such account"));
        Duration lifetime = lifetimeDays == null ? settings.token().defaultLifetime()
                : ApiTokens.checkLifetime(Duration.ofDays(lifetimeDays), settings.token().maxLifetime());
        return transactions.execute(status -> {
            IssuedToken issued = tokens.issue(owner, name, scopes, lifetime);
            audit.append(actor.describe(), "tokens.issue", "token " + issued.id() + " for user " + owner.username()
                    + " scopes " + Scope.codes(scopes), null);
            return issued;
        });
    }

    public void revoke(long tokenId, Actor actor) {
        boolean revoked = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean done = tokens.revoke(tokenId);
            if (done) {
                audit.append(actor.describe(), "tokens.revoke", "token " + tokenId, null);
            }
            return done;
        }));
        if (!revoked) {
            throw new NotFoundException("active token " + tokenId);
        }
    }

    private UserRow user(long id) {
        return users().stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("user " + id));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
