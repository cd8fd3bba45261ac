package org.palermo.core.evaluation;

import java.util.Locale;
import org.palermo.core.identifiers.IdentifierType;

/**
 * An identifier as evaluation compares it: type and normalised value. Values other than phones compare without
 * regard to case (emails, handles and URLs are case-insensitive in practice); phones compare as E.164 exactly.
 */
public record IdentifierValue(IdentifierType type, String value, boolean obfuscated) {

    public IdentifierValue {
        if (type == null || value == null) {
            throw new IllegalArgumentException("identifier needs a type and a value");
        }
    }

    /** What two identifiers must share to count as the same: type and normalised value, not the obfuscation flag. */
    public String matchKey() {
        String v = type == IdentifierType.PHONE ? value : value.toLowerCase(Locale.ROOT);
        return type.code() + ":" + v;
    }
}
