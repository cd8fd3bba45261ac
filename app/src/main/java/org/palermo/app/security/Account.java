package org.palermo.app.security;

import java.util.Objects;

/** A stored account. The password hash is Argon2id in Spring Security's encoded form. */
public record Account(long id, String username, String passwordHash, Role role, boolean enabled) {

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
    }
}
