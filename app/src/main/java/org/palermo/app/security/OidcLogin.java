package org.palermo.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * The OpenID Connect login that {@link SecurityConfiguration} adds to its filter chain when
 * {@link OidcLoginConfiguration} configured one: {@code /oauth2/authorization/oidc} starts it, the provider sends
 * the person back to {@code /login/oauth2/code/oidc}, and a failure lands on {@code /login?error}.
 */
public final class OidcLogin {

    private final ClientRegistrationRepository registrations;
    private final OidcAccountUserService users;
    private final LoginAudit audit;

    OidcLogin(ClientRegistrationRepository registrations, OidcAccountUserService users, LoginAudit audit) {
        this.registrations = registrations;
        this.users = users;
        this.audit = audit;
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler(auditedSuccess())
                .failureUrl("/login?error"));
    }

    private SavedRequestAwareAuthenticationSuccessHandler auditedSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException, ServletException {
                if (authentication.getPrincipal() instanceof OidcUser person) {
                    audit.oidcLogin(authentication.getName(), person.getIdToken().getIssuer().toString(),
                            person.getSubject());
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl(SecurityConfiguration.HOME);
        return handler;
    }
}
