package org.palermo.app.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API token may be used for; the role of its owner still decides (see {@link Access}). */
public enum Scope {
    INGEST, TIP, SCREEN, READ, LABEL, AUDIT, ADMINISTER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "SCOPE_" + code();
    }

    public static Scope ofCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scope '" + code + "'; scopes are " + codes(EnumSet.allOf(Scope.class)));
        }
    }

    /** Scopes stored as a comma-separated list of codes. */
    public static Set<Scope> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return EnumSet.noneOf(Scope.class);
        }
        return Arrays.stream(codes.split(",")).map(Scope::ofCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
    }

    public static String codes(Set<Scope> scopes) {
        return scopes.stream().map(Scope::code).collect(Collectors.joining(","));
    }
}
