package org.palermo.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.palermo.app.io.AdRecords;
import org.palermo.app.io.MarketPriceFiles;
import org.palermo.core.screening.Calibration;
import org.palermo.core.screening.MarketPrices;
import org.palermo.core.screening.Rulebook;
import org.palermo.core.screening.Screener;
import picocli.CommandLine.Option;

/** The options that choose how ads are screened, shared by {@code screen} and {@code calibrate}. */
final class ScreeningOptions {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Option(names = "--region", defaultValue = "US",
            description = "default country (ISO 3166 code) for phone numbers without one (default: ${DEFAULT-VALUE})")
    String region;

    @Option(names = "--rulebook", description = "a rulebook file to use instead of the shipped one")
    Path rulebook;

    @Option(names = "--prices", description = "CSV table of median prices per city (columns city, median_price); "
            + "default: computed from the input file in a first pass (no price indicator when reading stdin)")
    Path prices;

    Rulebook rulebook() throws IOException {
        if (rulebook == null) {
            return Rulebook.defaults();
        }
        return Rulebook.parse(rulebook.toString(), Files.readString(rulebook, StandardCharsets.UTF_8));
    }

    MarketPrices market(Path input, AdRecords.Format format) throws IOException {
        if (prices != null) {
            return MarketPriceFiles.table(prices);
        }
        if (input != null && Files.isRegularFile(input)) {
            return MarketPriceFiles.fromInput(input, format, MAPPER);
        }
        return MarketPrices.none();
    }

    Screener screener(Calibration calibration, MarketPrices market) throws IOException {
        return new Screener(rulebook(), calibration, Extraction.forRegion(region), market);
    }
}
