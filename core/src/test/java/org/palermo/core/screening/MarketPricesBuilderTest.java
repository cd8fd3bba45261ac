package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MarketPricesBuilderTest {

    @Test
    void medianPerCityIsWithinTwoPercent() {
        MarketPricesBuilder builder = new MarketPricesBuilder();
        for (int i = 1; i <= 101; i++) {
            builder.add("Springfield", 100.0 + i);
            builder.add("Shelbyville", 300.0 + 2 * i);
        }

        MarketPrices prices = builder.build();

        assertThat(prices.median("springfield").getAsDouble()).isCloseTo(151, within(151 * 0.02));
        assertThat(prices.median("SHELBYVILLE").getAsDouble()).isCloseTo(402, within(402 * 0.02));
    }

    @Test
    void cityWithTooFewPricedAdsHasNoMedian() {
        MarketPricesBuilder builder = new MarketPricesBuilder();
        for (int i = 0; i < MarketPricesBuilder.MIN_ADS_PER_CITY - 1; i++) {
            builder.add("Ogdenville", 120.0);
        }
        builder.add("Ogdenville", null);
        builder.add(null, 50.0);

        assertThat(builder.build().median("Ogdenville")).isEmpty();
    }
}
