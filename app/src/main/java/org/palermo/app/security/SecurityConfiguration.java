package org.palermo.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.palermo.app.audit.AuditLog;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may reach the server and how: form login with a session (CSRF-protected) for people, optionally OpenID
 * Connect login as well ({@link OidcLoginConfiguration}), bearer API tokens (no session, so no CSRF) for partner
 * systems. Which role may call which endpoint is declared on each controller
 * method with {@code @PreAuthorize} and a rule from {@link Access}; here only the non-API paths are decided.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Where a person lands after signing in: the web console's dashboard. */
    static final String HOME = "/console";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    Accounts accounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        return new Accounts(jdbc, encoder, clock);
    }

    @Bean
    AccountAdministration accountAdministration(JdbcClient jdbc, Accounts accounts, ApiTokens tokens, AuditLog audit,
            TransactionTemplate transactions, SecuritySettings settings) {
        return new AccountAdministration(jdbc, accounts, tokens, audit, transactions, settings);
    }

    @Bean
    ApiTokens apiTokens(JdbcClient jdbc, Clock clock) {
        return new ApiTokens(jdbc, clock, new SecureRandom());
    }

    @Bean
    AccountDetailsService accountDetailsService(Accounts accounts) {
        return new AccountDetailsService(accounts);
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings, Clock clock) {
        return new LoginThrottle(settings.login().maxFailures(), settings.login().lockDuration(), clock);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, LoginThrottle throttle,
            ObjectMapper mapper, Clock clock, LoginAudit audit, ObjectProvider<OidcLogin> oidc) throws Exception {
        ProblemResponses problems = new ProblemResponses(mapper);
        RequestMatcher api = request -> path(request).startsWith("/api/") || path(request).startsWith("/actuator/")
                || BearerTokenFilter.carriesToken(request);
        http.authorizeHttpRequests(paths -> paths
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error", "/favicon.ico")
                        .permitAll()
                        // the login page's style sheet and script, and htmx from its WebJar (no personal data)
                        .requestMatchers("/console/*.css", "/console/*.js", "/webjars/htmx.org/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/login")
                        .successHandler(recordingSuccess(throttle, audit))
                        .failureHandler(recordingFailure(throttle)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(BearerTokenFilter::carriesToken))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .requestCache(cache -> cache.requestCache(browserPagesOnly(api)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems.unauthenticated(), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new NegatedRequestMatcher(api))
                        .defaultAccessDeniedHandlerFor(problems.forbidden(), api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems, clock),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems.unauthenticated()),
                        UsernamePasswordAuthenticationFilter.class);
        OidcLogin oidcLogin = oidc.getIfAvailable();
        if (oidcLogin != null) {
            oidcLogin.configure(http);
        }
        return http.build();
    }

    /**
     * The CSRF token lives in the {@code XSRF-TOKEN} cookie (readable by the page, {@code SameSite=Strict}) and
     * comes back as the {@code X-XSRF-TOKEN} header or the {@code _csrf} form parameter.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return repository;
    }

    /** The path within the application (the servlet path is empty under MockMvc, so it is not used). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Only browser pages are remembered for after the login; API calls create no session by failing. */
    private static HttpSessionRequestCache browserPagesOnly(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(api));
        return cache;
    }

    private static SavedRequestAwareAuthenticationSuccessHandler recordingSuccess(LoginThrottle throttle,
            LoginAudit audit) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException, ServletException {
                throttle.succeeded(authentication.getName(), request.getRemoteAddr());
                audit.passwordLogin(authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl(HOME);
        return handler;
    }

    private static SimpleUrlAuthenticationFailureHandler recordingFailure(LoginThrottle throttle) {
        return new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationException exception) throws IOException, ServletException {
                throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                super.onAuthenticationFailure(request, response, exception);
            }
        };
    }
}
