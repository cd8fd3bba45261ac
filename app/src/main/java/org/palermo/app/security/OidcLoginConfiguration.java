package org.palermo.app.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.util.StringUtils;

/**
 * Optional OpenID Connect login, on only when {@code palermo.security.oidc.issuer-uri} is set ({@link OidcSettings}).
 * The links between provider identities and accounts ({@link OidcLinks}) exist either way, so administrators can
 * link accounts before switching it on.
 */
@Configuration(proxyBeanMethods = false)
class OidcLoginConfiguration {

    static final String REGISTRATION_ID = "oidc";

    @Bean
    OidcLinks oidcLinks(JdbcClient jdbc, Clock clock) {
        return new OidcLinks(jdbc, clock);
    }

    /** True when an issuer is configured (a blank value counts as none). */
    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("palermo.security.oidc.issuer-uri"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(Configured.class)
    static class Enabled {

        private static final Logger LOG = LoggerFactory.getLogger(OidcLoginConfiguration.class);

        @Bean
        ClientRegistrationRepository oidcClientRegistrations(OidcSettings settings) {
            return new InMemoryClientRegistrationRepository(registration(settings));
        }

        @Bean
        OidcLogin oidcLogin(ClientRegistrationRepository oidcClientRegistrations, OidcLinks links, Accounts accounts,
                LoginAudit audit) {
            return new OidcLogin(oidcClientRegistrations, new OidcAccountUserService(links, accounts, audit), audit);
        }

        /**
         * The provider sends the person back with a cross-site redirect, which does not carry a {@code SameSite=Strict}
         * cookie: the session that holds the login's state and nonce would be lost. With OpenID Connect on, the
         * session cookie is {@code Lax} (sent on top-level GET navigations only); CSRF tokens still guard every
         * state-changing request.
         */
        @Bean
        WebServerFactoryCustomizer<AbstractServletWebServerFactory> laxSessionCookieForOidc() {
            return new LaxSessionCookie();
        }

        static ClientRegistration registration(OidcSettings settings) {
            require(settings.clientId(), "client-id", "CLIENT_ID");
            require(settings.clientSecret(), "client-secret", "CLIENT_SECRET");
            ClientRegistration registration = ClientRegistrations.fromOidcIssuerLocation(settings.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(settings.scopes())
                    .clientName(settings.displayName())
                    .build();
            LOG.info("OpenID Connect login on: issuer {}, scopes {}", settings.issuerUri(), settings.scopes());
            return registration;
        }

        private static void require(String value, String property, String variable) {
            if (!StringUtils.hasText(value)) {
                throw new IllegalStateException("palermo.security.oidc.issuer-uri is set, so OpenID Connect login is "
                        + "on, but palermo.security.oidc." + property + " (PALERMO_SECURITY_OIDC_" + variable
                        + ") is missing");
            }
        }
    }

    static final class LaxSessionCookie implements WebServerFactoryCustomizer<AbstractServletWebServerFactory>, Ordered {
        @Override
        public void customize(AbstractServletWebServerFactory factory) {
            factory.getSession().getCookie().setSameSite(SameSite.LAX);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
