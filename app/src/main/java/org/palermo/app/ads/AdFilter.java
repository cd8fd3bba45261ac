package org.palermo.app.ads;

import java.time.Instant;

/**
 * What to search for; every field may be null (no condition).
 *
 * @param identifier a normalised identifier value ({@code +447700900123}), or {@code type:value}
 * @param text       words to find in title or body (case-insensitive substring)
 * @param byRisk     order by risk, highest first (the review queue), instead of newest first
 */
public record AdFilter(String city, String site, Instant from, Instant to, String band, String identifier,
        String text, boolean byRisk) {

    /** A short description for the audit log and the console. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        append(out, "city", city);
        append(out, "site", site);
        append(out, "from", from);
        append(out, "to", to);
        append(out, "band", band);
        append(out, "identifier", identifier);
        append(out, "q", text);
        if (byRisk) {
            append(out, "sort", "risk");
        }
        return out.isEmpty() ? "(all)" : out.toString();
    }

    private static void append(StringBuilder out, String name, Object value) {
        if (value != null) {
            out.append(out.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }
}
