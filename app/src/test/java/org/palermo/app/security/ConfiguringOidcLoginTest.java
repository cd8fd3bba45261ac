package org.palermo.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfiguringOidcLoginTest {

    @Test
    void isOffWithoutAnIssuerAndAsksForOpenidProfileAndEmailByDefault() {
        assertThat(new OidcSettings(null, "palermo", "secret", null, null).enabled()).isFalse();
        assertThat(new OidcSettings(" ", "palermo", "secret", null, null).enabled()).isFalse();
        OidcSettings on = new OidcSettings("https://id.example.org", "palermo", "secret", List.of(), null);
        assertThat(on.enabled()).isTrue();
        assertThat(on.scopes()).containsExactly("openid", "profile", "email");
        assertThat(on.displayName()).isEqualTo("OpenID Connect");
    }

    @Test
    void anIssuerWithoutClientIdOrSecretStopsTheStartNamingTheMissingVariable() {
        assertThatThrownBy(() -> OidcLoginConfiguration.Enabled.registration(
                new OidcSettings("https://id.example.org", null, "secret", null, null)))
                .hasMessageContaining("PALERMO_SECURITY_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> OidcLoginConfiguration.Enabled.registration(
                new OidcSettings("https://id.example.org", "palermo", "", null, null)))
                .hasMessageContaining("PALERMO_SECURITY_OIDC_CLIENT_SECRET");
    }
}
