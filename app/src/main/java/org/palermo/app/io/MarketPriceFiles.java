package org.palermo.app.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.palermo.core.screening.MarketPrices;
import org.palermo.core.screening.MarketPricesBuilder;

/** Where the market prices for the price indicator come from: a table, or a first pass over the input. */
public final class MarketPriceFiles {

    private static final JsonFactory FACTORY = new JsonFactory();

    private MarketPriceFiles() {
    }

    /**
     * Reads a CSV table with the columns {@code city} and {@code median_price} (local currency per hour).
     *
     * @throws IOException naming the file and line of a bad row
     */
    public static MarketPrices table(Path file) throws IOException {
        Map<String, Double> medians = new HashMap<>();
        try (CsvReader csv = new CsvReader(Files.newInputStream(file), 1 << 16)) {
            if (!csv.header().contains("city") || !csv.header().contains("median_price")) {
                throw new IOException(file + ": the header must name the columns city and median_price");
            }
            CsvRecord record;
            while ((record = csv.next()) != null) {
                if (record.isError()) {
                    throw new IOException(file + " line " + record.line() + ": " + record.error());
                }
                String city = record.fields().getOrDefault("city", "");
                String price = record.fields().getOrDefault("median_price", "");
                try {
                    medians.put(city, Double.parseDouble(price));
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + record.line() + ": median_price '" + price
                            + "' is not a number");
                }
            }
        }
        try {
            return MarketPrices.of(medians);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The median price per city of the ads in an input file, read in a first streaming pass. */
    public static MarketPrices fromInput(Path file, AdRecords.Format format, ObjectMapper mapper) throws IOException {
        MarketPricesBuilder builder = new MarketPricesBuilder();
        try (AdRecords records = AdRecords.open(Files.newInputStream(file), format, mapper)) {
            AdRecords.Item item;
            while ((item = records.next()) != null) {
                if (item.json() != null) {
                    addFromJson(builder, item.json());
                } else if (item.object() != null) {
                    builder.add(item.object().path("city").asText(null), number(item.object().path("price").asText()));
                }
            }
        }
        return builder.build();
    }

    /** Reads only the top-level city and price of a JSON line, skipping everything else. */
    private static void addFromJson(MarketPricesBuilder builder, String json) {
        String city = null;
        Double price = null;
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.getCurrentName();
                JsonToken value = parser.nextToken();
                if ("city".equals(field) && value == JsonToken.VALUE_STRING) {
                    city = parser.getText();
                } else if ("price".equals(field) && value.isNumeric()) {
                    price = parser.getDoubleValue();
                } else if ("price".equals(field) && value == JsonToken.VALUE_STRING) {
                    price = number(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return; // a malformed line is reported by the screening pass
        }
        builder.add(city, price);
    }

    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
