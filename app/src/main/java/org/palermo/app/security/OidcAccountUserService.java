package org.palermo.app.security;

import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the provider has authenticated into the Palermo account linked to them ({@link OidcLinks}), with
 * that account's role and nothing else. No link, or a disabled account: the login is refused and audited.
 */
class OidcAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "palermo_no_account";
    static final String DISABLED = "palermo_account_disabled";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final OidcLinks links;
    private final Accounts accounts;
    private final LoginAudit audit;

    OidcAccountUserService(OidcLinks links, Accounts accounts, LoginAudit audit) {
        this(new OidcUserService(), links, accounts, audit);
    }

    OidcAccountUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, OidcLinks links,
            Accounts accounts, LoginAudit audit) {
        this.provider = provider;
        this.links = links;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        String issuer = person.getIdToken().getIssuer().toString();
        String subject = person.getSubject();
        Optional<Account> account = links.resolve(issuer, subject, person.getEmail(),
                        Boolean.TRUE.equals(person.getEmailVerified()))
                .flatMap(link -> accounts.find(link.username()));
        if (account.isEmpty()) {
            audit.oidcRefused(issuer, subject, "no linked account");
            throw refused(NO_ACCOUNT, "no Palermo account is linked to this identity");
        }
        if (!account.get().enabled()) {
            audit.oidcRefused(issuer, subject, "account " + account.get().username() + " is disabled");
            throw refused(DISABLED, "the linked Palermo account is disabled");
        }
        return new AccountOidcUser(account.get().username(), AccountDetailsService.authorities(account.get().role()),
                person.getIdToken(), person.getUserInfo());
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
