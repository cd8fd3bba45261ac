package org.palermo.core.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.palermo.core.linking.NetworkSummary.NetworkFeatures;
import org.palermo.core.linking.NetworkSummary.NetworkRisk;
import org.palermo.core.linking.NetworkSummary.RiskFactor;

/**
 * Network risk = 1 - prod(1 - weight * value) over its features. Ads' screening carries most weight; the network
 * features are practitioner indicators without validation (DOMAIN.md §2), so they weigh little each. Movement
 * alone is weighed low on purpose: movement language was less, not more, associated with trafficking.
 */
final class NetworkRiskModel {

    static final double SCREENING = 0.8;
    static final double NAMES_PER_PHONE = 0.35;
    static final double AGES_PER_PHONE = 0.15;
    static final double PRICE_BELOW_MARKET = 0.2;
    static final double MANY_CITIES = 0.15;
    static final double CADENCE = 0.1;

    private NetworkRiskModel() {
    }

    static NetworkRisk of(NetworkFeatures f) {
        List<RiskFactor> factors = new ArrayList<>();
        if (f.maxScreeningRisk() != null) {
            double value = 0.5 * f.maxScreeningRisk() + 0.5 * f.meanScreeningRisk();
            add(factors, "screening", value, SCREENING, String.format(Locale.ROOT,
                    "ads' screening risk: mean %.2f, max %.2f", f.meanScreeningRisk(), f.maxScreeningRisk()));
        }
        add(factors, "names_per_phone", clamp((f.maxNamesPerPhone() - 1) / 3.0), NAMES_PER_PHONE,
                f.maxNamesPerPhone() + " distinct names stated with one phone");
        add(factors, "ages_per_phone", clamp((f.maxAgesPerPhone() - 1) / 3.0), AGES_PER_PHONE,
                f.maxAgesPerPhone() + " distinct ages stated with one phone");
        if (f.priceRatio() != null) {
            add(factors, "price_below_market", clamp((1 - f.priceRatio()) / 0.5), PRICE_BELOW_MARKET,
                    String.format(Locale.ROOT, "median price %.0f%% of the city's median", f.priceRatio() * 100));
        }
        add(factors, "many_cities", clamp((f.cities() - 1) / 4.0), MANY_CITIES, f.cities() + " cities");
        add(factors, "posting_cadence", clamp((f.adsPerDay() - 1) / 9.0), CADENCE,
                String.format(Locale.ROOT, "%.1f ads per day", f.adsPerDay()));
        double keep = 1;
        for (RiskFactor factor : factors) {
            keep *= 1 - factor.contribution();
        }
        factors.sort((a, b) -> Double.compare(b.contribution(), a.contribution()));
        return new NetworkRisk(round(1 - keep), List.copyOf(factors));
    }

    private static void add(List<RiskFactor> factors, String feature, double value, double weight, String text) {
        if (value > 0) {
            factors.add(new RiskFactor(feature, round(value), weight, round(value * weight), text));
        }
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
