package org.palermo.app.ads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.io.AdJson;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Violation;

/**
 * Reads ads from API request bodies in the input contract (docs/ARCHITECTURE.md) plus an optional {@code source};
 * without one, the source is the caller's account. Every problem of every ad in a batch is reported together.
 */
final class AdRequests {

    static final int MAX_SOURCE = 100;
    static final int MAX_EXTERNAL_ID = 200;
    /** Column sizes of the {@code ads} table (V1): longer values are refused with a 400, never a database error. */
    static final int MAX_PLACE = 200;
    static final int MAX_COUNTRY = 100;
    static final int MAX_URL = 2000;

    private final AdJson adJson;

    AdRequests(AdJson adJson) {
        this.adJson = adJson;
    }

    IncomingAd one(JsonNode body, String defaultSource) {
        List<Violation> violations = new ArrayList<>();
        IncomingAd ad = parse(body, "", defaultSource, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return ad;
    }

    List<IncomingAd> batch(JsonNode body, String defaultSource, int maxAds) {
        if (!(body instanceof ArrayNode array)) {
            throw InvalidRequestException.of("/", "expected a JSON array of ads");
        }
        if (array.isEmpty() || array.size() > maxAds) {
            throw InvalidRequestException.of("/", "a batch holds 1 to " + maxAds + " ads, this one " + array.size());
        }
        List<Violation> violations = new ArrayList<>();
        List<IncomingAd> ads = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            ads.add(parse(array.get(i), "/" + i, defaultSource, violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return ads;
    }

    private IncomingAd parse(JsonNode node, String pointer, String defaultSource, List<Violation> violations) {
        if (!(node instanceof ObjectNode object)) {
            violations.add(new Violation(pointer.isEmpty() ? "/" : pointer, "expected a JSON object"));
            return null;
        }
        int before = violations.size();
        String source = source(object, pointer, defaultSource, violations);
        JsonNode id = object.get("id");
        if (id != null && id.isValueNode() && id.asText().length() > MAX_EXTERNAL_ID) {
            violations.add(new Violation(pointer + "/id", "is longer than " + MAX_EXTERNAL_ID + " characters"));
        }
        AdJson.Parsed parsed = adJson.fromObject(object);
        parsed.errors().forEach(error -> violations.add(new Violation(pointer.isEmpty() ? "/" : pointer, error)));
        if (parsed.ad() != null) {
            checkLength(parsed.ad().city(), MAX_PLACE, pointer + "/city", violations);
            checkLength(parsed.ad().region(), MAX_PLACE, pointer + "/region", violations);
            checkLength(parsed.ad().country(), MAX_COUNTRY, pointer + "/country", violations);
            checkLength(parsed.ad().site(), MAX_PLACE, pointer + "/site", violations);
            checkLength(parsed.ad().url(), MAX_URL, pointer + "/url", violations);
        }
        return violations.size() == before ? new IncomingAd(source, parsed.ad(), object) : null;
    }

    private static String source(ObjectNode object, String pointer, String defaultSource, List<Violation> violations) {
        JsonNode value = object.get("source");
        if (value == null || value.isNull()) {
            return defaultSource;
        }
        String source = value.isTextual() ? value.asText().trim() : "";
        if (source.isEmpty() || source.length() > MAX_SOURCE) {
            violations.add(new Violation(pointer + "/source", "must be a string of 1-" + MAX_SOURCE + " characters"));
        }
        return source;
    }

    private static void checkLength(String value, int max, String pointer, List<Violation> violations) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(pointer, "is longer than " + max + " characters"));
        }
    }
}
