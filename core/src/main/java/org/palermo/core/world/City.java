package org.palermo.core.world;

import java.util.List;

/**
 * A real city of the world table.
 *
 * @param priceLevel the local market's typical hourly price, in local currency
 * @param areaCodes  North American area codes of the city (empty outside US and CA)
 * @param weight     relative size of the city's ad market
 */
public record City(String name, String region, String country, int priceLevel, List<String> areaCodes,
                   int weight) {

    public City {
        areaCodes = List.copyOf(areaCodes);
        if (priceLevel <= 0 || weight <= 0) {
            throw new IllegalArgumentException("city " + name + " needs a positive price level and weight");
        }
    }

    /** The currency sign used in the city's ads. */
    public String currencySign() {
        return switch (country) {
            case "GB" -> "£";
            case "IE" -> "€";
            default -> "$";
        };
    }

    /** A lower-case, hyphenated form of the name for URLs. */
    public String slug() {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace(".", "");
    }
}
