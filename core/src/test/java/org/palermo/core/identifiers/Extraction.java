package org.palermo.core.identifiers;

import java.util.List;

/** Test fixture: one shared extractor and short ways to ask it for values of one type. */
final class Extraction {

    static final IdentifierExtractor EXTRACTOR = new IdentifierExtractor();

    private Extraction() {
    }

    static List<Identifier> all(String text) {
        return EXTRACTOR.extract(text, "US");
    }

    static List<Identifier> ofType(String text, String region, IdentifierType type) {
        return EXTRACTOR.extract(text, region).stream().filter(id -> id.type() == type).toList();
    }

    static List<String> phones(String text) {
        return phones(text, "US");
    }

    static List<String> phones(String text, String region) {
        return ofType(text, region, IdentifierType.PHONE).stream().map(Identifier::value).toList();
    }

    static Identifier onlyPhone(String text) {
        List<Identifier> found = ofType(text, "US", IdentifierType.PHONE);
        if (found.size() != 1) {
            throw new AssertionError("expected one phone in <" + text + "> but found " + found);
        }
        return found.get(0);
    }

    static List<String> values(String text, IdentifierType type) {
        return ofType(text, "US", type).stream().map(Identifier::value).toList();
    }
}
