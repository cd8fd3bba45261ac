package org.palermo.app.console;

import java.util.Set;
import java.util.stream.Collectors;
import org.palermo.app.security.Role;
import org.palermo.app.security.Scope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking at a console page and what the page may offer them, by the same role and scope rules as
 * {@link org.palermo.app.security.Access} (a browser session holds every scope). Pages use it only to show or hide
 * links and controls; every controller method still declares its own {@code @PreAuthorize} rule.
 *
 * @param username the signed-in account, or null on the login page
 * @param role     its role, or null
 */
public record Viewer(String username, Role role, boolean canRead, boolean canLabel, boolean canAudit,
        boolean canAdminister) {

    static final Viewer ANONYMOUS = new Viewer(null, null, false, false, false, false);

    public static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Role role = null;
        for (Role candidate : Role.values()) {
            if (held.contains(candidate.authority())) {
                role = candidate;
            }
        }
        if (role == null) {
            return ANONYMOUS;
        }
        boolean reader = Set.of(Role.ANALYST, Role.CASEWORKER, Role.SUPERVISOR).contains(role);
        return new Viewer(authentication.getName(), role,
                reader && held.contains(Scope.READ.authority()),
                Set.of(Role.ANALYST, Role.SUPERVISOR).contains(role) && held.contains(Scope.LABEL.authority()),
                role == Role.AUDITOR && held.contains(Scope.AUDIT.authority()),
                role == Role.ADMIN && held.contains(Scope.ADMINISTER.authority()));
    }

    public boolean signedIn() {
        return username != null;
    }
}
