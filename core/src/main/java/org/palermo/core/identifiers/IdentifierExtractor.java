package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.palermo.core.ads.Ad;
import org.palermo.core.text.AsciiScan;
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
        return extract(ad, defaultRegion, null);
    }

    /**
     * As {@link #extract(Ad, String)}, for an ad whose text {@code scan} has read already (else null): the words
     * found there are not looked for again.
     */
    public List<Identifier> extract(Ad ad, String defaultRegion, AsciiScan scan) {
        Objects.requireNonNull(ad, "ad");
        String region = RegionResolver.regionOf(ad, requireRegion(defaultRegion));
        // the same String object: a scan of another text, even an equal one, is not trusted
        return scan != null && scan.text() == ad.text() ? extract(scan, region) : extract(ad.text(), region);
    }

    /** All identifiers in {@code text}, reading phones without an international prefix in {@code region}. */
    public List<Identifier> extract(String text, String region) {
        Objects.requireNonNull(text, "text");
        AsciiScan scan = AsciiScan.of(text);
        return scan != null ? extract(scan, region) : extract(TextNormalizer.normalize(text), null, region);
    }

    private List<Identifier> extract(AsciiScan scan, String region) {
        return extract(TextNormalizer.normalize(scan), scan, region);
    }

    private List<Identifier> extract(NormalizedText folded, AsciiScan scan, String region) {
        List<Identifier> found = new ArrayList<>();
        phones.scan(folded, scan, requireRegion(region), found);
        List<Identifier> others = new ArrayList<>();
        EmailScanner.scan(folded, others);
        UrlScanner.scan(folded, others);
        HandleScanner.scan(folded, scan, others);
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
