package org.palermo.core.screening;

import java.util.List;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;

/** Hand-made ads and a screener with the shipped rulebook, for tests. */
final class ScreeningFixture {

    static final Rulebook RULEBOOK = Rulebook.defaults();
    static final Calibration CALIBRATION = new Calibration("test-v1", 1.0, -3.0, 0.3, 0.7, "", "");

    private ScreeningFixture() {
    }

    static Screener screener() {
        return new Screener(RULEBOOK, CALIBRATION, IdentifierSource.none(), MarketPrices.none());
    }

    static Screener screenerWith(IdentifierSource identifiers, MarketPrices market) {
        return new Screener(RULEBOOK, CALIBRATION, identifiers, market);
    }

    static Ad ad(String body) {
        return Ad.ofText("a1", "", body);
    }

    static Ad pricedAd(String id, String city, double price) {
        return new Ad(id, "", "Companionship, call me", null, city, null, "US", null, null, price, List.of());
    }

    static List<String> codes(ScreenResult result) {
        return result.indicators().stream().map(FiredIndicator::code).toList();
    }

    static FiredIndicator fired(ScreenResult result, String code) {
        return result.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError(code + " did not fire; fired: " + codes(result)));
    }

    static IdentifierSource phoneAt(String text, String written, boolean obfuscated) {
        int start = text.indexOf(written);
        return ad -> List.of(new Identifier(org.palermo.core.identifiers.IdentifierType.PHONE, "+14802671904",
                obfuscated, written, start, start + written.length()));
    }
}
