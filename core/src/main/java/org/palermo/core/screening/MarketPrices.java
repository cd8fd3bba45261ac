package org.palermo.core.screening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The going price per hour in each city, against which an ad's price is compared ("prices far below the local
 * market" is a practitioner indicator, DOMAIN.md §2). Built from the corpus being screened
 * ({@link MarketPricesBuilder}) or from a table an analyst supplies.
 */
public final class MarketPrices {

    private static final MarketPrices NONE = new MarketPrices(Map.of());

    private final Map<String, Double> medianByCity;

    private MarketPrices(Map<String, Double> medianByCity) {
        this.medianByCity = Map.copyOf(medianByCity);
    }

    /** No market knowledge: the price indicator never fires. */
    public static MarketPrices none() {
        return NONE;
    }

    /** A table of median prices per city (city names are matched ignoring case and surrounding spaces). */
    public static MarketPrices of(Map<String, Double> medianByCity) {
        Map<String, Double> normalised = new HashMap<>();
        medianByCity.forEach((city, median) -> {
            if (median == null || !(median > 0) || median.isInfinite()) {
                throw new IllegalArgumentException("median price of " + city + " must be positive, was " + median);
            }
            normalised.put(key(city), median);
        });
        return new MarketPrices(normalised);
    }

    public OptionalDouble median(String city) {
        if (city == null) {
            return OptionalDouble.empty();
        }
        Double median = medianByCity.get(key(city));
        return median == null ? OptionalDouble.empty() : OptionalDouble.of(median);
    }

    public Map<String, Double> medians() {
        return medianByCity;
    }

    static String key(String city) {
        return city.strip().toLowerCase(Locale.ROOT);
    }
}
