package org.palermo.app.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import org.palermo.app.security.Role;
import org.palermo.app.security.Scope;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in callers for MockMvc requests: a person with a role holds every scope, as after a browser login. */
public final class Callers {

    private Callers() {}

    public static RequestPostProcessor as(Role role) {
        return as(role.name().toLowerCase() + "-it", role);
    }

    public static RequestPostProcessor as(String username, Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        for (Scope scope : Scope.values()) {
            authorities.add(new SimpleGrantedAuthority(scope.authority()));
        }
        return user(username).authorities(authorities);
    }
}
