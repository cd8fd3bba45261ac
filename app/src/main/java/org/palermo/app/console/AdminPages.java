package org.palermo.app.console;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.palermo.app.security.AccountAdministration;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.security.IssuedToken;
import org.palermo.app.security.Role;
import org.palermo.app.security.Scope;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage accounts (create, disable or enable, change role) and API tokens (issue with scopes and
 * a lifetime, revoke). A new token's secret is shown once, on the page right after issuing it, and never again.
 */
@Controller
class AdminPages {

    static final int TOKENS = 200;

    private final AccountAdministration admin;
    private final Clock clock;

    AdminPages(AccountAdministration admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    /** A token row with whether it still works. */
    record TokenView(AccountAdministration.TokenRow token, boolean active) {}

    @GetMapping("/console/admin")
    @PreAuthorize(Access.ADMINISTER)
    String page(Model model) {
        model.addAttribute("users", admin.users());
        model.addAttribute("tokens", admin.tokens(TOKENS).stream()
                .map(t -> new TokenView(t, t.active(clock.instant()))).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopes", Scope.values());
        return "console/admin";
    }

    @PostMapping("/console/admin/users")
    @PreAuthorize(Access.ADMINISTER)
    String createUser(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
            @RequestParam(required = false) String role, Authentication caller, RedirectAttributes redirect) {
        return act(redirect, () -> {
            admin.create(username, password, role(role), Actor.of(caller));
            return "Created account " + username + ".";
        });
    }

    @PostMapping("/console/admin/users/{id}/enabled")
    @PreAuthorize(Access.ADMINISTER)
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Authentication caller,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            admin.setEnabled(id, enabled, Actor.of(caller));
            return enabled ? "Account enabled." : "Account disabled: it can no longer sign in or use its tokens.";
        });
    }

    @PostMapping("/console/admin/users/{id}/role")
    @PreAuthorize(Access.ADMINISTER)
    String changeRole(@PathVariable long id, @RequestParam(required = false) String role, Authentication caller,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            admin.changeRole(id, role(role), Actor.of(caller));
            return "Role changed to " + role + " (from the account's next sign-in).";
        });
    }

    @PostMapping("/console/admin/tokens")
    @PreAuthorize(Access.ADMINISTER)
    String issue(@RequestParam(required = false) String username, @RequestParam(required = false) String name,
            @RequestParam(required = false) List<String> scopes, @RequestParam(required = false) Integer days,
            Authentication caller, RedirectAttributes redirect) {
        return act(redirect, () -> {
            IssuedToken token = admin.issue(username, name, scopes(scopes), days, Actor.of(caller));
            redirect.addFlashAttribute("secret", token.secret());
            return "Issued token " + token.id() + " \"" + token.name() + "\" for " + token.username()
                    + ". Copy the secret now: it is not stored and will not be shown again.";
        });
    }

    @PostMapping("/console/admin/tokens/{id}/revoke")
    @PreAuthorize(Access.ADMINISTER)
    String revoke(@PathVariable long id, Authentication caller, RedirectAttributes redirect) {
        return act(redirect, () -> {
            admin.revoke(id, Actor.of(caller));
            return "Token " + id + " revoked.";
        });
    }

    private interface Action {
        String run();
    }

    /** Runs an administrative action; its message or its problems go to the page after the redirect. */
    private static String act(RedirectAttributes redirect, Action action) {
        try {
            redirect.addFlashAttribute("message", action.run());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errors", e.violations().stream()
                    .map(v -> v.pointer().replace("/", "") + ": " + v.message()).toList());
        }
        return "redirect:/console/admin";
    }

    private static Role role(String role) {
        if (role == null || role.isBlank()) {
            throw InvalidRequestException.of("role", "is required");
        }
        try {
            return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("role", "must be one of " + List.of(Role.values()));
        }
    }

    private static Set<Scope> scopes(List<String> codes) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        List<Violation> violations = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                scopes.add(Scope.ofCode(code));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("scopes", e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return scopes;
    }
}
