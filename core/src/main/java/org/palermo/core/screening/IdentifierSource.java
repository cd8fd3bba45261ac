package org.palermo.core.screening;

import java.util.List;
import java.util.function.Function;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierExtractor;
import org.palermo.core.text.AsciiScan;

/** Finds the identifiers in an ad: the identifier extractor, or a fixed list in tests. */
@FunctionalInterface
public interface IdentifierSource extends Function<Ad, List<Identifier>> {

    /**
     * Finds the identifiers of an ad whose text was already read by {@code scan} (null when the text is not all
     * ASCII); a source that can use the scan saves reading the text again.
     */
    default List<Identifier> apply(Ad ad, AsciiScan scan) {
        return apply(ad);
    }

    /** The identifier extractor, reading phones without an international prefix in the ad's country or else in {@code region}. */
    static IdentifierSource extracting(IdentifierExtractor extractor, String region) {
        return new IdentifierSource() {
            @Override
            public List<Identifier> apply(Ad ad) {
                return extractor.extract(ad, region);
            }

            @Override
            public List<Identifier> apply(Ad ad, AsciiScan scan) {
                return extractor.extract(ad, region, scan);
            }
        };
    }

    /** Finds none: screening without identifier extraction (the obscured-contact indicators never fire). */
    static IdentifierSource none() {
        return ad -> List.of();
    }
}
