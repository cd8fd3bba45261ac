package org.palermo.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.palermo.app.ads.AdAnalysis;
import org.palermo.app.ads.AdPipeline;
import org.palermo.app.ads.Verdict;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierType;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Test wiring: a fake pipeline standing in for core's extraction and screening (linking is real:
 * {@code networks.ServerLinking} links what this pipeline finds), and a fresh PostgreSQL schema.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestServerConfiguration {

    /**
     * A pipeline with a visible rule, so tests can check what the server stores: text containing "urgent" is high
     * risk (the indicator spans the word), otherwise low; a token "phone:DIGITS" is a phone identifier.
     */
    @Bean
    AdPipeline fakePipeline(ObjectMapper mapper) {
        return new AdPipeline() {
            @Override
            public AdAnalysis analyse(Ad ad) {
                String text = ad.text();
                boolean urgent = text.toLowerCase(Locale.ROOT).contains("urgent");
                ArrayNode indicators = mapper.createArrayNode();
                if (urgent) {
                    int at = text.toLowerCase(Locale.ROOT).indexOf("urgent");
                    indicators.addObject().put("code", "TEST_URGENT").put("category", "test").put("weight", 1.0)
                            .put("grade", "MODERATE").put("text", text.substring(at, at + 6)).put("start", at)
                            .put("end", at + 6);
                }
                Verdict verdict = new Verdict(urgent ? 0.9 : 0.1, urgent ? "high" : "low",
                        urgent ? List.of("test") : List.of(), indicators, "test-rulebook-1", null);
                return new AdAnalysis(phones(text), verdict);
            }
        };
    }

    static List<Identifier> phones(String text) {
        List<Identifier> found = new ArrayList<>();
        int at = text.indexOf("phone:");
        while (at >= 0) {
            int end = at + 6;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            found.add(new Identifier(IdentifierType.PHONE, "+" + text.substring(at + 6, end), false,
                    text.substring(at, end), at, end));
            at = text.indexOf("phone:", end);
        }
        return found;
    }

    /** On PostgreSQL the test database outlives the run: start every context from an empty schema. */
    @Bean
    @Profile("postgres")
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
