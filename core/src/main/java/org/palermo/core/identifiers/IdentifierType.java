package org.palermo.core.identifiers;

import java.util.Locale;

/** The kinds of identifier that ads carry and that link ads to each other. */
public enum IdentifierType {
    PHONE, EMAIL, URL, HANDLE, PAYMENT;

    /** The lower-case name used in files and the API ("phone", "email", ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IdentifierType ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
