package org.palermo.core.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The versioned list of indicators that screening applies. Domain experts edit it as a text file
 * (format: docs/screening.md); the version appears in every explanation.
 */
public record Rulebook(String version, List<IndicatorRule> rules) {

    /** The rulebook that ships with Palermo. */
    public static final String DEFAULT_RESOURCE = "rulebook-v2.txt";

    public Rulebook {
        Objects.requireNonNull(version, "version");
        rules = List.copyOf(rules);
        Set<String> codes = new HashSet<>();
        for (IndicatorRule rule : rules) {
            if (!codes.add(rule.code())) {
                throw new IllegalArgumentException("indicator code " + rule.code() + " appears twice");
            }
            if (rule.isDetector() && !Detectors.NAMES.contains(rule.detector())) {
                throw new IllegalArgumentException(
                        "unknown detector '" + rule.detector() + "' in " + rule.code() + "; known: " + Detectors.NAMES);
            }
        }
    }

    public static Rulebook defaults() {
        try (InputStream in = Rulebook.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " missing from the classpath");
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a rulebook text.
     *
     * @param sourceName named in error messages (a file name)
     * @throws RulebookFormatException naming the line that is wrong
     */
    public static Rulebook parse(String sourceName, String text) {
        return new RulebookParser(sourceName).parse(text);
    }
}
