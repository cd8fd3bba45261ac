package org.palermo.app.security;

import java.util.Set;

/** Who a valid API token speaks for, and what for. */
public record TokenHolder(long tokenId, String username, Role role, Set<Scope> scopes) {}
