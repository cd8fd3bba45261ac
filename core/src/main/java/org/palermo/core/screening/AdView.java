package org.palermo.core.screening;

import java.util.List;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;

/** What the detectors see of one ad: the ad, its text, the identifiers found in it and the market it is in. */
record AdView(Ad ad, String text, List<Identifier> identifiers, MarketPrices market) {
}
