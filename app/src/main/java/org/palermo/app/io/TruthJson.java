package org.palermo.app.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.palermo.core.identifiers.IdentifierType;
import org.palermo.core.world.ActorKind;
import org.palermo.core.world.AdTruth;
import org.palermo.core.world.PlantedIdentifier;

/** Reads lines of the world's {@code truth.jsonl} (field names in docs/world.md). */
public final class TruthJson {

    private TruthJson() {
    }

    public static AdTruth fromJson(JsonNode node) {
        String id = required(node, "id");
        List<PlantedIdentifier> identifiers = new ArrayList<>();
        JsonNode list = node.path("identifiers");
        for (JsonNode item : list) {
            identifiers.add(new PlantedIdentifier(
                    IdentifierType.ofCode(required(item, "type")),
                    required(item, "value"),
                    item.path("obfuscated").asBoolean(false)));
        }
        return new AdTruth(
                id,
                node.path("actor").asText(null),
                ActorKind.ofCode(required(node, "kind")),
                required(node, "network"),
                node.path("victim").isNull() ? null : node.path("victim").asText(null),
                node.path("minor").asBoolean(false),
                required(node, "template"),
                identifiers);
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("truth line lacks field '" + field + "'");
        }
        return value.asText();
    }
}
