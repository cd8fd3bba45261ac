package org.palermo.app.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.screening.Category;
import org.palermo.core.screening.FiredIndicator;
import org.palermo.core.screening.ScreenResult;

/** Writes the {@code palermo screen} output contract (docs/ARCHITECTURE.md): one JSON object per ad or error. */
public final class ScreenJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ScreenJson() {
    }

    public static String result(ScreenResult result) {
        StringWriter out = new StringWriter(256 + 128 * result.indicators().size());
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", result.adId());
            json.writeNumberField("risk", result.risk());
            json.writeStringField("band", result.band().code());
            json.writeNumberField("score", result.score());
            json.writeArrayFieldStart("categories");
            for (Category category : result.categories()) {
                json.writeString(category.name());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("indicators");
            for (FiredIndicator indicator : result.indicators()) {
                indicator(json, indicator);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("identifiers");
            for (Identifier identifier : result.identifiers()) {
                identifier(json, identifier);
            }
            json.writeEndArray();
            json.writeStringField("rulebook", result.rulebookVersion());
            json.writeStringField("calibration", result.calibrationVersion());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String error(long line, String message) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("line", line);
            json.writeStringField("error", message);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void indicator(JsonGenerator json, FiredIndicator indicator) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", indicator.code());
        json.writeStringField("category", indicator.category().name());
        json.writeNumberField("weight", indicator.weight());
        json.writeStringField("grade", indicator.grade().name());
        json.writeStringField("text", indicator.text());
        json.writeNumberField("start", indicator.start());
        json.writeNumberField("end", indicator.end());
        json.writeEndObject();
    }

    private static void identifier(JsonGenerator json, Identifier identifier) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", identifier.type().code());
        json.writeStringField("value", identifier.value());
        json.writeBooleanField("obfuscated", identifier.obfuscated());
        json.writeStringField("text", identifier.text());
        json.writeNumberField("start", identifier.start());
        json.writeNumberField("end", identifier.end());
        json.writeEndObject();
    }
}
