package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Jazzer fuzzing: whatever the text, extraction returns (never throws) and every span points into the text at
 * exactly the text it reports. Without JAZZER_FUZZ=1 this runs as a regression test over the seed inputs in
 * {@code ExtractorUnderFuzzingTestInputs}; with it, Jazzer explores for the given duration.
 */
class ExtractorUnderFuzzingTest {

    private static final IdentifierExtractor EXTRACTOR = new IdentifierExtractor();
    private static final String[] REGIONS = {"US", "GB", "DE", "FR", "IN", "AU", "JP", "BR", "ZZ"};

    @FuzzTest(maxDuration = "20s")
    void neverThrowsAndSpansPointIntoTheText(FuzzedDataProvider data) {
        String region = data.pickValue(REGIONS);
        String text = data.consumeRemainingAsString();
        List<Identifier> found = EXTRACTOR.extract(text, region);
        for (Identifier id : found) {
            assertThat(id.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(id.start(), id.end())).isEqualTo(id.text());
            assertThat(id.value()).isNotBlank();
        }
    }
}
