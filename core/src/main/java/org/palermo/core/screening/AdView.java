package org.palermo.core.screening;

import java.util.List;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;

/**
 * What the detectors see of one ad: the ad, its text (folded too), the identifiers found in it and the market it is
 * in. Stated ages and introduced names are found once, when a detector first asks.
 */
final class AdView {

    private final Ad ad;
    private final String text;
    private final FoldedText folded;
    private final List<Identifier> identifiers;
    private final MarketPrices market;
    private List<StatedAges.Age> ages;
    private List<Span> names;

    AdView(Ad ad, String text, FoldedText folded, List<Identifier> identifiers, MarketPrices market) {
        this.ad = ad;
        this.text = text;
        this.folded = folded;
        this.identifiers = identifiers;
        this.market = market;
    }

    Ad ad() {
        return ad;
    }

    String text() {
        return text;
    }

    List<Identifier> identifiers() {
        return identifiers;
    }

    MarketPrices market() {
        return market;
    }

    List<StatedAges.Age> ages() {
        if (ages == null) {
            ages = StatedAges.find(folded, text);
        }
        return ages;
    }

    List<Span> names() {
        if (names == null) {
            names = IntroducedNames.find(folded, text);
        }
        return names;
    }
}
