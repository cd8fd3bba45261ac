package org.palermo.core.identifiers;

import java.util.Objects;

/**
 * An identifier found in an ad's text.
 *
 * @param value      normalised value: phones in E.164, emails lower-cased, handles as {@code platform:name}
 * @param obfuscated whether the writer disguised it (number words, look-alikes, split digits, "at"/"dot"...);
 *                   an obscured phone number is itself a validated trafficking indicator (DOMAIN.md §2)
 * @param text       the matched text as written
 * @param start      start offset in {@link org.palermo.core.ads.Ad#text()}, inclusive
 * @param end        end offset, exclusive
 */
public record Identifier(IdentifierType type, String value, boolean obfuscated, String text, int start, int end) {

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The key under which linking joins ads: type and value. */
    public String key() {
        return type.code() + ":" + value;
    }
}
