package org.palermo.app.security;

import java.security.SecureRandom;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.web.InvalidRequestException;

/**
 * Links an OpenID Connect identity to an account, creating the account (for OpenID Connect login only, with the
 * given role) when it does not exist yet; both are audited. Used by the admin API and {@code palermo admin
 * link-oidc}; runs in the caller's transaction.
 */
public class OidcEnrolment {

    private final Accounts accounts;
    private final OidcLinks links;
    private final AuditLog audit;
    private final SecureRandom random;

    public OidcEnrolment(Accounts accounts, OidcLinks links, AuditLog audit, SecureRandom random) {
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
        this.random = random;
    }

    /**
     * @param role   the role of a new account; null to link an existing account only (a different role than the
     *               existing account's is refused, so a link never silently changes what someone may do)
     * @param reason the audit reason, may be null
     */
    public OidcLink enrol(String actor, String username, Role role, String issuer, String subject, String email,
            String reason) {
        Account account = account(actor, username, role, reason);
        OidcLink link = links.link(account, issuer, subject, email);
        audit.append(actor, "oidc.link", "oidc link " + link.id() + " user " + account.username() + " issuer "
                + link.issuer() + (link.subject() != null ? " subject " + link.subject() : " by verified e-mail"),
                reason);
        return link;
    }

    private Account account(String actor, String username, Role role, String reason) {
        Account existing = username == null ? null : accounts.find(username).orElse(null);
        if (existing != null) {
            if (role != null && role != existing.role()) {
                throw InvalidRequestException.of("/role", "account " + username + " exists with role "
                        + existing.role() + "; leave role out to link it");
            }
            return existing;
        }
        if (role == null) {
            throw InvalidRequestException.of("/username", "no such account; give a role to create it");
        }
        Account created = accounts.createWithoutPassword(username, role, random);
        audit.append(actor, "users.create",
                "user " + created.username() + " role " + created.role() + " (OpenID Connect only)", reason);
        return created;
    }
}
