package org.palermo.core.screening;

import java.util.HashMap;
import java.util.Map;

/**
 * Streams over the prices of a corpus and estimates each city's median price in bounded memory: a histogram of
 * log-prices per city (2% wide buckets from 1 to 100,000), at most {@link #MAX_CITIES} cities. The estimate is
 * within one bucket (2%) of the exact median.
 */
public final class MarketPricesBuilder {

    /** Cities beyond this many are ignored (memory bound: about 2.4 KB per city). */
    public static final int MAX_CITIES = 50_000;
    /** A city needs this many priced ads before its median is trusted. */
    public static final int MIN_ADS_PER_CITY = 20;

    private static final double MIN_PRICE = 1;
    private static final double STEP = Math.log(1.02);
    private static final int BUCKETS = (int) Math.ceil(Math.log(100_000) / STEP) + 1;

    private final Map<String, int[]> histograms = new HashMap<>();

    public void add(String city, Double price) {
        if (city == null || city.isBlank() || price == null || !(price >= MIN_PRICE) || price.isInfinite()) {
            return;
        }
        String key = MarketPrices.key(city);
        int[] histogram = histograms.get(key);
        if (histogram == null) {
            if (histograms.size() >= MAX_CITIES) {
                return;
            }
            histogram = new int[BUCKETS + 1];
            histograms.put(key, histogram);
        }
        histogram[Math.min(BUCKETS - 1, (int) (Math.log(price / MIN_PRICE) / STEP))]++;
        histogram[BUCKETS]++;
    }

    public MarketPrices build() {
        Map<String, Double> medians = new HashMap<>();
        histograms.forEach((city, histogram) -> {
            int total = histogram[BUCKETS];
            if (total >= MIN_ADS_PER_CITY) {
                medians.put(city, median(histogram, total));
            }
        });
        return MarketPrices.of(medians);
    }

    private static double median(int[] histogram, int total) {
        int seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += histogram[b];
            if (2 * seen >= total) {
                return MIN_PRICE * Math.exp((b + 0.5) * STEP);
            }
        }
        return MIN_PRICE * Math.exp(BUCKETS * STEP);
    }
}
