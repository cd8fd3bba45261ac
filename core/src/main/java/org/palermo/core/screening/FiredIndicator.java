package org.palermo.core.screening;

/**
 * An indicator that fired on an ad, with the text that triggered it: one line of an explanation.
 *
 * @param start start offset of the triggering text in {@link org.palermo.core.ads.Ad#text()}, inclusive
 * @param end   end offset, exclusive; {@code start == end == 0} for a feature of the ad as a whole (price)
 */
public record FiredIndicator(
        String code, Category category, double weight, EvidenceGrade grade, String text, int start, int end) {

    static FiredIndicator of(IndicatorRule rule, Span span) {
        return new FiredIndicator(
                rule.code(), rule.category(), rule.weight(), rule.grade(), span.text(), span.start(), span.end());
    }
}
