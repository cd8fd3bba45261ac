package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.palermo.core.ads.Ad;
import org.palermo.core.text.NormalizedText;
import org.palermo.core.text.TextNormalizer;

/**
 * Extracts the identifiers of an ad: phones (E.164), e-mails, web links, social-media handles and payment handles,
 * plain or obfuscated, each with its span in {@link Ad#text()}. Construct once and share: it holds no mutable
 * state and is safe to call from many threads. Every step is a linear scan; no regular expression runs per call.
 */
public final class IdentifierExtractor {

    /** Identifiers in order of their start, phones first at the same start. */
    private static final Comparator<Identifier> BY_POSITION =
            Comparator.comparingInt(Identifier::start).thenComparing(Identifier::type);

    private final PhoneScanner phones = new PhoneScanner(PhoneValidator::validate);

    /**
     * All identifiers in the ad's text, in order of position. Phones without an international prefix are read in
     * the ad's own country ({@link RegionResolver}), else in {@code defaultRegion} (ISO 3166-1 alpha-2).
     */
    public List<Identifier> extract(Ad ad, String defaultRegion) {
        Objects.requireNonNull(ad, "ad");
        return extract(ad.text(), RegionResolver.regionOf(ad, requireRegion(defaultRegion)));
    }

    /** All identifiers in {@code text}, reading phones without an international prefix in {@code region}. */
    public List<Identifier> extract(String text, String region) {
        Objects.requireNonNull(text, "text");
        NormalizedText folded = TextNormalizer.normalize(text);
        List<Identifier> found = new ArrayList<>();
        phones.scan(folded, requireRegion(region), found);
        List<Identifier> others = new ArrayList<>();
        EmailScanner.scan(folded, others);
        UrlScanner.scan(folded, others);
        HandleScanner.scan(folded, others);
        List<Identifier> all = new ArrayList<>(found);
        all.addAll(Overlaps.resolve(others));
        all.sort(BY_POSITION);
        return List.copyOf(all);
    }

    /** Whether any phone number among the identifiers was obscured: a validated trafficking indicator. */
    public static boolean anyObfuscatedPhone(List<Identifier> identifiers) {
        return identifiers.stream().anyMatch(id -> id.type() == IdentifierType.PHONE && id.obfuscated());
    }

    /** Whether any identifier of any type was obscured. */
    public static boolean anyObfuscated(List<Identifier> identifiers) {
        return identifiers.stream().anyMatch(Identifier::obfuscated);
    }

    private static String requireRegion(String region) {
        Objects.requireNonNull(region, "region");
        if (region.length() != 2) {
            throw new IllegalArgumentException("region must be an ISO 3166-1 alpha-2 code, was '" + region + "'");
        }
        return region.toUpperCase(java.util.Locale.ROOT);
    }
}
