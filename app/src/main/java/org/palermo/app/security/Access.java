package org.palermo.app.security;

/**
 * The rule table of who may call what: every controller method names one of these in {@code @PreAuthorize}
 * (an ArchUnit test fails the build when one does not), and {@code EveryEndpointWithEveryRoleIT} checks each
 * endpoint with each role. docs/server.md has the same table for people.
 *
 * <p>Each rule needs a role and a {@link Scope}. A browser session holds every scope; an API token holds only the
 * scopes it was issued with, so a partner's token made for ingest cannot screen.
 *
 * <pre>
 *                      ADMIN ANALYST CASEWORKER SUPERVISOR PARTNER AUDITOR
 *   INGEST (ads, tips)   -      x        -          -         x       -
 *   TIP                  -      x        x          x         x       -
 *   SCREEN               -      x        x          x         x       -
 *   READ (ads)           -      x        x          x         -       -
 *   REVEAL (ads)         -      x        x          x         -       -
 *   LABEL                -      x        -          x         -       -
 *   AUDIT                -      -        -          -         -       x
 *   ADMINISTER           x      -        -          -         -       -
 *   METRICS              x      -        -          -         -       -
 * </pre>
 */
public final class Access {

    public static final String INGEST = "hasAnyRole('ANALYST', 'PARTNER') and hasAuthority('SCOPE_ingest')";
    public static final String TIP =
            "hasAnyRole('ANALYST', 'CASEWORKER', 'SUPERVISOR', 'PARTNER') and hasAuthority('SCOPE_tip')";
    public static final String SCREEN =
            "hasAnyRole('ANALYST', 'CASEWORKER', 'SUPERVISOR', 'PARTNER') and hasAuthority('SCOPE_screen')";
    public static final String READ = "hasAnyRole('ANALYST', 'CASEWORKER', 'SUPERVISOR') and hasAuthority('SCOPE_read')";
    /** Seeing an ad's phones, emails, handles and names in clear, with a stated reason that is audited. */
    public static final String REVEAL =
            "hasAnyRole('ANALYST', 'CASEWORKER', 'SUPERVISOR') and hasAuthority('SCOPE_read')";
    public static final String LABEL = "hasAnyRole('ANALYST', 'SUPERVISOR') and hasAuthority('SCOPE_label')";
    public static final String AUDIT = "hasRole('AUDITOR') and hasAuthority('SCOPE_audit')";
    public static final String ADMINISTER = "hasRole('ADMIN') and hasAuthority('SCOPE_administer')";
    /** For pages anyone may open, signed in or not: only the login page. */
    public static final String ANYONE = "permitAll()";
    /** For the session endpoint every signed-in account may call. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {}
}
