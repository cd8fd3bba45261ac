package org.palermo.app.ads;

import java.time.Instant;
import java.util.List;
import org.palermo.core.identifiers.Identifier;

/**
 * One ad with everything Palermo knows about it: the ad, its screening explanation (null until screened), its
 * identifiers, its template and network (null until linked) and the labels analysts gave it.
 *
 * @param masked true when phones, emails, handles and names in the text, identifiers and explanation are masked
 *               (the default, {@link org.palermo.app.privacy.Masking}); false only in the answer to a reveal
 */
public record AdDetail(StoredAd ad, Screening screening, List<IdentifierView> identifiers, AdLink link,
        List<LabelView> labels, boolean masked) {

    /** The stored verdict as the API shows it. */
    public record Screening(double risk, String band, List<String> categories, Object indicators,
            String rulebookVersion, String calibrationVersion, Instant screenedAt) {}

    /** An identifier as the API shows it ({@code type} in lower case, as in the screen output contract). */
    public record IdentifierView(String type, String value, boolean obfuscated, String text, int start, int end) {
        static IdentifierView of(Identifier id) {
            return new IdentifierView(id.type().code(), id.value(), id.obfuscated(), id.text(), id.start(), id.end());
        }
    }

    /** An analyst's label of this ad. */
    public record LabelView(long id, String label, String reason, String username, Instant labelledAt) {}
}
