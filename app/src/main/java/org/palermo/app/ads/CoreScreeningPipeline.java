package org.palermo.app.ads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.palermo.app.io.ScreenJson;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.IdentifierExtractor;
import org.palermo.core.screening.Category;
import org.palermo.core.screening.IdentifierSource;
import org.palermo.core.screening.MarketPrices;
import org.palermo.core.screening.ScreenResult;
import org.palermo.core.screening.Screener;

/**
 * The server's analysis: core's identifier extraction and screening, the same functions {@code palermo screen}
 * runs, with the shipped rulebook and calibration. Linking runs after the ingest commit
 * ({@code networks.ServerLinking}).
 *
 * <p>The server has no corpus-wide price table yet, so the below-market price indicator does not fire here
 * ({@link MarketPrices#none()}); every other indicator does.
 */
final class CoreScreeningPipeline implements AdPipeline {

    private final Screener screener;
    private final ObjectMapper mapper;

    CoreScreeningPipeline(String defaultRegion, ObjectMapper mapper) {
        IdentifierExtractor extractor = new IdentifierExtractor();
        extractor.extract("", defaultRegion); // fails at start-up, naming a bad region
        this.screener = Screener.defaults(IdentifierSource.extracting(extractor, defaultRegion), MarketPrices.none());
        this.mapper = mapper;
    }

    @Override
    public AdAnalysis analyse(Ad ad) {
        ScreenResult result = screener.screen(ad);
        JsonNode indicators;
        try {
            indicators = mapper.readTree(ScreenJson.result(result)).get("indicators");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Verdict verdict = new Verdict(result.risk(), result.band().code(),
                result.categories().stream().map(Category::name).toList(), indicators,
                result.rulebookVersion(), result.calibrationVersion());
        return new AdAnalysis(result.identifiers(), verdict);
    }
}
