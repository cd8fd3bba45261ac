package org.palermo.app.security;

/** What a person or partner system does in Palermo; each account has exactly one role. See {@link Access}. */
public enum Role {
    /** Manages accounts and tokens; reads no personal data. */
    ADMIN,
    /** Searches and reviews ads and networks, labels them, ingests crawls. */
    ANALYST,
    /** Works with survivors: reads ads and tips for a case. */
    CASEWORKER,
    /** Oversees analysts and caseworkers: reads and labels. */
    SUPERVISOR,
    /** A partner system: ingests ads and tips and screens drafts, reads nothing back. */
    PARTNER,
    /** Reads the audit log and nothing else. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
