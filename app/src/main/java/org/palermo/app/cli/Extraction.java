package org.palermo.app.cli;

import org.palermo.core.identifiers.IdentifierExtractor;
import org.palermo.core.screening.IdentifierSource;

/** The identifier extraction that screening runs on each ad. */
final class Extraction {

    private static final IdentifierExtractor EXTRACTOR = new IdentifierExtractor();

    private Extraction() {
    }

    /** The identifier extractor with {@code region} as the default country for phone numbers. */
    static IdentifierSource forRegion(String region) {
        EXTRACTOR.extract("", region); // fails now, naming the region, rather than on every ad
        return IdentifierSource.extracting(EXTRACTOR, region);
    }
}
