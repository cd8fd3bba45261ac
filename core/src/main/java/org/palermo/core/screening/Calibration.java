package org.palermo.core.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps an evidence score (the sum of the weights of the indicators that fired) to a probability, by Platt scaling:
 * {@code p = 1 / (1 + exp(-(slope * score + intercept)))} with {@code slope >= 0}, so more evidence never lowers
 * the risk. Also holds the band thresholds, which are read on the probability. Versioned and shown in every
 * explanation; {@code palermo calibrate} refits it on an analyst's own labels without touching the rulebook.
 *
 * @param fittedOn a line saying what it was fitted on, for people reading the file
 */
public record Calibration(
        String version,
        double slope,
        double intercept,
        double mediumFrom,
        double highFrom,
        String rulebookVersion,
        String fittedOn) {

    public static final String DEFAULT_RESOURCE = "calibration-default.properties";

    public Calibration {
        Objects.requireNonNull(version, "version");
        rulebookVersion = rulebookVersion == null ? "" : rulebookVersion;
        fittedOn = fittedOn == null ? "" : fittedOn;
        if (!(slope >= 0) || Double.isInfinite(slope)) {
            throw new IllegalArgumentException("slope must be finite and >= 0 so that risk is monotone, was " + slope);
        }
        if (Double.isNaN(intercept) || Double.isInfinite(intercept)) {
            throw new IllegalArgumentException("intercept must be finite, was " + intercept);
        }
        if (!(mediumFrom > 0 && mediumFrom <= highFrom && highFrom <= 1)) {
            throw new IllegalArgumentException(
                    "band thresholds must satisfy 0 < medium <= high <= 1, were " + mediumFrom + ", " + highFrom);
        }
    }

    public double probability(double score) {
        return 1 / (1 + Math.exp(-(slope * score + intercept)));
    }

    public Band band(double probability) {
        if (probability >= highFrom) {
            return Band.HIGH;
        }
        return probability >= mediumFrom ? Band.MEDIUM : Band.LOW;
    }

    public Calibration withVersion(String newVersion, String newFittedOn) {
        return new Calibration(newVersion, slope, intercept, mediumFrom, highFrom, rulebookVersion, newFittedOn);
    }

    public static Calibration defaults() {
        try (InputStream in = Calibration.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " missing from the classpath");
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the {@code key = value} calibration file format of docs/screening.md. */
    public static Calibration parse(String sourceName, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(sourceName + ":" + (i + 1) + ": expected 'key = value', was '"
                        + line + "'");
            }
            values.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
        }
        try {
            String method = values.getOrDefault("method", "platt");
            if (!method.equals("platt")) {
                throw new IllegalArgumentException("method must be 'platt', was '" + method + "'");
            }
            return new Calibration(required(values, "version"), number(values, "slope"), number(values, "intercept"),
                    number(values, "band.medium"), number(values, "band.high"), values.get("rulebook"),
                    values.get("fitted_on"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
        }
    }

    public String format() {
        return String.join("\n",
                "# Palermo screening calibration (docs/screening.md). Risk = 1 / (1 + exp(-(slope * score + intercept)))",
                "# where score = sum of the weights of the rulebook indicators that fired. Bands are read on the risk.",
                "version = " + version,
                "method = platt",
                "slope = " + slope,
                "intercept = " + intercept,
                "band.medium = " + mediumFrom,
                "band.high = " + highFrom,
                "rulebook = " + rulebookVersion,
                "fitted_on = " + fittedOn,
                "");
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing '" + key + " = ...'");
        }
        return value;
    }

    private static double number(Map<String, String> values, String key) {
        String value = required(values, key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "' must be a number, was '" + value + "'");
        }
    }
}
