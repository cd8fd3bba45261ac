package org.palermo.app.link;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.palermo.core.linking.HubIdentifier;
import org.palermo.core.linking.NetworkSummary;
import org.palermo.core.linking.NetworkSummary.NetworkFeatures;

/** Writes one network as one JSON object of the networks file (docs/linking.md lists the fields). */
public final class NetworksJson {

    private NetworksJson() {
    }

    /** @param templateTexts template id to its display text, for the templates whose text is known */
    public static void write(JsonGenerator out, NetworkSummary n, Map<String, String> templateTexts)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("id", n.id());
        out.writeNumberField("size", n.ads().size());
        strings(out, "ads", n.ads());
        out.writeArrayFieldStart("templates");
        for (String template : n.templates()) {
            out.writeStartObject();
            out.writeStringField("id", template);
            if (templateTexts.containsKey(template)) {
                out.writeStringField("text", templateTexts.get(template));
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        strings(out, "identifiers", n.identifiers());
        out.writeArrayFieldStart("cities");
        for (NetworkSummary.CityPeriod city : n.cities()) {
            out.writeStartObject();
            out.writeStringField("city", city.city());
            out.writeNumberField("ads", city.ads());
            instant(out, "first", city.first());
            instant(out, "last", city.last());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("persons_per_phone");
        for (NetworkSummary.PhonePersons phone : n.persons()) {
            out.writeStartObject();
            out.writeStringField("phone", phone.phone());
            strings(out, "names", phone.names());
            out.writeArrayFieldStart("ages");
            for (int age : phone.ages()) {
                out.writeNumber(age);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        features(out, n.features());
        risk(out, n.risk());
        edges(out, n.edges());
        strings(out, "absorbed", n.absorbed());
        out.writeArrayFieldStart("cut_hubs");
        for (HubIdentifier hub : n.cutHubs()) {
            out.writeStartObject();
            out.writeStringField("identifier", hub.key());
            out.writeNumberField("ads", hub.ads());
            out.writeNumberField("groups", hub.groups());
            out.writeNumberField("groups_with_own_contact", hub.groupsWithOwnContact());
            out.writeStringField("reason", hub.reason());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void features(JsonGenerator out, NetworkFeatures f) throws IOException {
        out.writeObjectFieldStart("features");
        out.writeNumberField("ads", f.ads());
        out.writeNumberField("cities", f.cities());
        out.writeNumberField("phones", f.phones());
        out.writeNumberField("max_names_per_phone", f.maxNamesPerPhone());
        out.writeNumberField("max_ages_per_phone", f.maxAgesPerPhone());
        number(out, "price_vs_market", f.priceRatio());
        out.writeNumberField("ads_per_day", f.adsPerDay());
        number(out, "median_gap_hours", f.medianGapHours());
        number(out, "mean_screening_risk", f.meanScreeningRisk());
        number(out, "max_screening_risk", f.maxScreeningRisk());
        out.writeEndObject();
    }

    private static void risk(JsonGenerator out, NetworkSummary.NetworkRisk risk) throws IOException {
        out.writeObjectFieldStart("risk");
        out.writeNumberField("score", risk.score());
        out.writeArrayFieldStart("factors");
        for (NetworkSummary.RiskFactor factor : risk.factors()) {
            out.writeStartObject();
            out.writeStringField("feature", factor.feature());
            out.writeNumberField("value", factor.value());
            out.writeNumberField("weight", factor.weight());
            out.writeNumberField("contribution", factor.contribution());
            out.writeStringField("explanation", factor.explanation());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void edges(JsonGenerator out, List<NetworkSummary.LinkEdge> edges) throws IOException {
        out.writeArrayFieldStart("edges");
        for (NetworkSummary.LinkEdge edge : edges) {
            out.writeStartObject();
            out.writeStringField("from", edge.from());
            out.writeStringField("to", edge.to());
            out.writeStringField("reason", edge.reason());
            out.writeStringField("value", edge.value());
            number(out, "similarity", edge.similarity());
            instant(out, "at", edge.at());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void strings(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private static void number(JsonGenerator out, String field, Double value) throws IOException {
        if (value == null) {
            out.writeNullField(field);
        } else {
            out.writeNumberField(field, value);
        }
    }

    private static void instant(JsonGenerator out, String field, Instant value) throws IOException {
        if (value == null) {
            out.writeNullField(field);
        } else {
            out.writeStringField(field, value.toString());
        }
    }
}
