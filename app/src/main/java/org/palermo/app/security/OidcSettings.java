package org.palermo.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect login ({@code palermo.security.oidc.*}); off unless {@code issuer-uri} is set. See docs/server.md,
 * "OpenID Connect login".
 *
 * @param issuerUri    the provider's issuer; its {@code /.well-known/openid-configuration} is read at start
 * @param clientId     Palermo's client id at the provider
 * @param clientSecret its secret (client_secret_basic or _post, whichever the provider offers)
 * @param scopes       scopes asked for; {@code openid}, {@code profile} and {@code email} when not set
 * @param displayName  the provider's name on the login page
 */
@ConfigurationProperties("palermo.security.oidc")
public record OidcSettings(String issuerUri, String clientId, String clientSecret, List<String> scopes,
        String displayName) {

    public OidcSettings {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        displayName = displayName == null || displayName.isBlank() ? "OpenID Connect" : displayName;
    }

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
