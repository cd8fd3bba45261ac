package org.palermo.app.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which account an OpenID Connect identity signs in as. An administrator links an account to a subject at a
 * provider, or to an e-mail address the provider has verified; an e-mail link is bound to the subject of its first
 * login and from then on matches only that subject, so a later owner of the address does not inherit the account.
 * Nothing here grants a role: the account's own role applies.
 */
public class OidcLinks {

    static final int MAX_ISSUER = 500;
    static final int MAX_SUBJECT = 255;
    static final int MAX_EMAIL = 320;

    private final JdbcClient jdbc;
    private final Clock clock;

    public OidcLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Links the account to the subject or e-mail address at the issuer; every broken rule is reported together. */
    public OidcLink link(Account account, String issuer, String subject, String email) {
        String normalEmail = email == null || email.isBlank() ? null : normalEmail(email);
        String normalSubject = subject == null || subject.isBlank() ? null : subject;
        List<Violation> violations = new ArrayList<>();
        if (issuer == null || issuer.isBlank() || issuer.length() > MAX_ISSUER) {
            violations.add(new Violation("/issuer", "must be the provider's issuer URI, 1-" + MAX_ISSUER + " characters"));
        }
        if (normalSubject == null && normalEmail == null) {
            violations.add(new Violation("/subject", "a subject or an e-mail address is required"));
        }
        if (normalSubject != null && normalSubject.length() > MAX_SUBJECT) {
            violations.add(new Violation("/subject", "must be at most " + MAX_SUBJECT + " characters"));
        }
        if (normalEmail != null && (normalEmail.length() > MAX_EMAIL || normalEmail.indexOf('@') < 1)) {
            violations.add(new Violation("/email", "must be an e-mail address of at most " + MAX_EMAIL + " characters"));
        }
        if (violations.isEmpty()) {
            if (normalSubject != null && bySubject(issuer, normalSubject).isPresent()) {
                violations.add(new Violation("/subject", "is linked to an account already"));
            }
            if (normalEmail != null && byEmail(issuer, normalEmail).isPresent()) {
                violations.add(new Violation("/email", "is linked to an account already"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        OffsetDateTime now = now();
        jdbc.sql("""
                INSERT INTO oidc_links (user_id, issuer, subject, email, created_at, bound_at)
                VALUES (:user, :issuer, :subject, :email, :at, :bound)""")
                .param("user", account.id())
                .param("issuer", issuer)
                .param("subject", normalSubject)
                .param("email", normalEmail)
                .param("at", now)
                .param("bound", normalSubject == null ? null : now)
                .update();
        return normalSubject != null ? bySubject(issuer, normalSubject).orElseThrow()
                : byEmail(issuer, normalEmail).orElseThrow();
    }

    /**
     * The account this identity signs in as: the link of its subject, else an unbound link of its e-mail address
     * when the provider says the address is verified (that link is then bound to the subject).
     */
    public Optional<OidcLink> resolve(String issuer, String subject, String email, boolean emailVerified) {
        Optional<OidcLink> bound = bySubject(issuer, subject);
        if (bound.isPresent() || email == null || !emailVerified) {
            return bound;
        }
        Optional<OidcLink> byEmail = byEmail(issuer, normalEmail(email)).filter(link -> link.subject() == null);
        if (byEmail.isEmpty()) {
            return byEmail;
        }
        jdbc.sql("UPDATE oidc_links SET subject = :subject, bound_at = :at WHERE id = :id AND subject IS NULL")
                .param("subject", subject)
                .param("at", now())
                .param("id", byEmail.get().id())
                .update();
        // re-read: when two first logins race, only the one whose subject was bound signs in
        return bySubject(issuer, subject);
    }

    /** Removes a link; false when there is none with this id. */
    public boolean unlink(long id) {
        return jdbc.sql("DELETE FROM oidc_links WHERE id = :id").param("id", id).update() == 1;
    }

    private Optional<OidcLink> bySubject(String issuer, String subject) {
        return find("l.issuer = :issuer AND l.subject = :value", issuer, subject);
    }

    private Optional<OidcLink> byEmail(String issuer, String email) {
        return find("l.issuer = :issuer AND l.email = :value", issuer, email);
    }

    private Optional<OidcLink> find(String condition, String issuer, String value) {
        return jdbc.sql("SELECT l.id, u.username, l.issuer, l.subject, l.email FROM oidc_links l "
                        + "JOIN users u ON u.id = l.user_id WHERE " + condition)
                .param("issuer", issuer)
                .param("value", value)
                .query((rs, n) -> new OidcLink(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    private static String normalEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
