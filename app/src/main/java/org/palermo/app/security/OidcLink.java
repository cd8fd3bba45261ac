package org.palermo.app.security;

import java.util.Objects;

/**
 * An OpenID Connect identity linked to an account: the provider ({@code issuer}) and the person's {@code subject}
 * there, or a verified {@code email} still waiting to be bound to a subject at its first login.
 */
public record OidcLink(long id, String username, String issuer, String subject, String email) {

    public OidcLink {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(issuer, "issuer");
        if (subject == null && email == null) {
            throw new IllegalArgumentException("a link needs a subject or an e-mail address, link " + id + " has none");
        }
    }
}
