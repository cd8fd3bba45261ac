package org.palermo.core.screening;

import java.util.List;
import java.util.function.Function;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;

/** Finds the identifiers in an ad: the identifier extractor, or a fixed list in tests. */
@FunctionalInterface
public interface IdentifierSource extends Function<Ad, List<Identifier>> {

    /** Finds none: screening without identifier extraction (the obscured-contact indicators never fire). */
    static IdentifierSource none() {
        return ad -> List.of();
    }
}
