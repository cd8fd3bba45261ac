package org.palermo.app.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palermo.app.io.InputLine;
import org.palermo.app.io.LineReader;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierType;

/**
 * The output of {@code palermo screen}, read back for linking: per ad id its risk and the identifiers screening
 * extracted. Error lines of the screen output are skipped (their ads are reported by the link input itself).
 */
public final class ScreenFile {

    /** What screening said about one ad. */
    public record Screened(Double risk, List<Identifier> identifiers) {
    }

    private final Map<String, Screened> byId;

    private ScreenFile(Map<String, Screened> byId) {
        this.byId = byId;
    }

    public static ScreenFile none() {
        return new ScreenFile(Map.of());
    }

    public Screened get(String id) {
        return byId.get(id);
    }

    public static ScreenFile read(Path file, ObjectMapper mapper) throws IOException {
        Map<String, Screened> byId = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); LineReader lines = new LineReader(in)) {
            InputLine line;
            while ((line = lines.next()) != null) {
                if (line.isError() || line.text().isBlank()) {
                    throw new IOException(file + " line " + line.number() + ": "
                            + (line.isError() ? line.error() : "empty line"));
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line.text());
                } catch (IOException e) {
                    throw new IOException(file + " line " + line.number() + ": malformed JSON", e);
                }
                if (node.hasNonNull("id") && !node.has("error")) {
                    byId.put(node.get("id").asText(), screened(node));
                }
            }
        }
        return new ScreenFile(byId);
    }

    private static Screened screened(JsonNode node) {
        Double risk = node.path("risk").isNumber() ? node.get("risk").asDouble() : null;
        if (risk != null && (risk < 0 || risk > 1)) {
            risk = null;
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (JsonNode identifier : node.path("identifiers")) {
            IdentifierType type;
            try {
                type = IdentifierType.ofCode(identifier.path("type").asText(""));
            } catch (IllegalArgumentException unknownType) {
                continue;
            }
            String value = identifier.path("value").asText("");
            if (value.isBlank()) {
                continue;
            }
            int start = Math.max(0, identifier.path("start").asInt(0));
            int end = Math.max(start, identifier.path("end").asInt(start));
            identifiers.add(new Identifier(type, value, identifier.path("obfuscated").asBoolean(false),
                    identifier.path("text").asText(""), start, end));
        }
        return new Screened(risk, identifiers);
    }
}
