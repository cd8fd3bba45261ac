package org.palermo.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.palermo.app.io.InputLine;
import org.palermo.app.io.LineReader;
import org.palermo.app.io.TruthJson;
import org.palermo.core.world.AdTruth;

/** Reading JSON Lines files for commands that consume files other tools wrote. */
final class JsonFiles {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    /** The world's truth file by ad id; a repeated id stops the run with an error naming it. */
    static Map<String, AdTruth> readTruth(Path file) throws IOException {
        Map<String, AdTruth> truths = new HashMap<>();
        forEachObject(file, node -> {
            AdTruth t = TruthJson.fromJson(node);
            if (truths.put(t.adId(), t) != null) {
                throw new IllegalArgumentException("duplicate ad id '" + t.adId() + "' in truth");
            }
        });
        return truths;
    }

    /**
     * Calls {@code each} with every JSON object of the file; a line that is not JSON stops the run with an error
     * that names the file and the line (evaluation inputs must be complete to mean anything).
     */
    static void forEachObject(Path file, Consumer<JsonNode> each) throws IOException {
        try (InputStream in = Files.newInputStream(file); LineReader lines = new LineReader(in, 64 << 20)) {
            InputLine line;
            while ((line = lines.next()) != null) {
                if (line.isError()) {
                    throw new IOException(file + " line " + line.number() + ": " + line.error());
                }
                if (line.text().isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(line.text());
                } catch (IOException e) {
                    throw new IOException(file + " line " + line.number() + ": malformed JSON", e);
                }
                try {
                    each.accept(node);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + " line " + line.number() + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
