package org.palermo.app.console;

import org.palermo.app.security.Access;
import org.palermo.app.security.OidcSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security's form login handles {@code POST /login} and sends people to {@code /console}.
 * When OpenID Connect is configured, the page also offers sign-in with the provider ({@code /oauth2/authorization/oidc}).
 */
@Controller
class LoginController {

    private final OidcSettings oidc;

    LoginController(OidcSettings oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    @PreAuthorize(Access.ANYONE)
    String login(Model model) {
        model.addAttribute("oidcName", oidc.enabled() ? oidc.displayName() : null);
        return "console/login";
    }
}
