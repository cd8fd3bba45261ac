package org.palermo.testidp;

import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID provider for tests: Spring Authorization Server with Spring Boot's defaults (discovery, JWKs,
 * authorization-code flow, its own form login), one confidential client and a few people. Each person's
 * {@code sub} is their username, and their ID token carries {@code email} = username@idp.test, verified.
 * It lives outside {@code org.palermo.app} so the server's component scan never sees it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
public class TestOpenIdProvider {

    public static final String PASSWORD = "provider password";
    public static final String EMAIL_DOMAIN = "@idp.test";

    /** Starts the provider on 127.0.0.1:port with the given people; its issuer is {@code http://127.0.0.1:port}. */
    public static ConfigurableApplicationContext start(int port, String clientId, String clientSecret,
            String redirectUri, List<String> people) {
        String client = "spring.security.oauth2.authorizationserver.client.palermo.";
        return new SpringApplicationBuilder(TestOpenIdProvider.class)
                .properties(
                        "spring.config.name=test-openid-provider", // not Palermo's application.properties
                        "spring.main.banner-mode=off",
                        "server.address=127.0.0.1",
                        "server.port=" + port,
                        "spring.security.oauth2.authorizationserver.issuer=" + issuer(port),
                        client + "registration.client-id=" + clientId,
                        client + "registration.client-secret={noop}" + clientSecret,
                        client + "registration.client-authentication-methods=client_secret_basic",
                        client + "registration.authorization-grant-types=authorization_code",
                        client + "registration.redirect-uris=" + redirectUri,
                        client + "registration.scopes=openid,profile,email",
                        client + "require-authorization-consent=false",
                        "testidp.people=" + String.join(",", people))
                .run();
    }

    public static String issuer(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Bean
    InMemoryUserDetailsManager people(org.springframework.core.env.Environment environment) {
        List<UserDetails> people = List.of(environment.getRequiredProperty("testidp.people", String[].class)).stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                .toList();
        return new InMemoryUserDetailsManager(people);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> verifiedEmailInIdToken() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claim("email", context.getPrincipal().getName() + EMAIL_DOMAIN);
                context.getClaims().claim("email_verified", true);
            }
        };
    }
}
