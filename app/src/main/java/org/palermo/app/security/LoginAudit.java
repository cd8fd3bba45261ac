package org.palermo.app.security;

import org.palermo.app.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Audit records of sign-ins: each successful login, by password or by OpenID Connect, and each OpenID Connect login
 * that the provider accepted but Palermo refused (no linked account, or a disabled one). Failed password logins are
 * not recorded: a mistyped username may be a password, and the login throttle already limits guessing.
 */
@Component
public class LoginAudit {

    static final String LOGIN = "login";
    static final String REFUSED = "login.refused";

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    void passwordLogin(String username) {
        audit.append(username, LOGIN, "password", null);
    }

    void oidcLogin(String username, String issuer, String subject) {
        audit.append(username, LOGIN, oidc(issuer, subject), null);
    }

    void oidcRefused(String issuer, String subject, String why) {
        audit.append("anonymous", REFUSED, oidc(issuer, subject) + ": " + why, null);
    }

    private static String oidc(String issuer, String subject) {
        return "oidc issuer " + issuer + " subject " + subject;
    }
}
