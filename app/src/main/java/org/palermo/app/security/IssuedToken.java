package org.palermo.app.security;

import java.time.Instant;
import java.util.Set;

/** A newly issued API token. {@code secret} is shown this once; only its SHA-256 is stored. */
public record IssuedToken(long id, String username, String name, Set<Scope> scopes, Instant expiresAt, String secret) {}
