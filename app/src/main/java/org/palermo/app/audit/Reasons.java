package org.palermo.app.audit;

/** The request header in which callers say why they read or write personal data; it goes into the audit log. */
public final class Reasons {

    public static final String HEADER = "X-Palermo-Reason";

    private Reasons() {}
}
