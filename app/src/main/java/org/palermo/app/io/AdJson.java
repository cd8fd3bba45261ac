package org.palermo.app.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.palermo.core.ads.Ad;

/**
 * Reads and writes ads in the JSON input contract (docs/ARCHITECTURE.md), reporting every problem of a line at
 * once rather than the first.
 */
public final class AdJson {

    /** Longest text field accepted; longer ones are an error rather than a silent cut. */
    public static final int MAX_FIELD_CHARS = 100_000;

    private final ObjectMapper mapper;

    public AdJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The outcome of parsing one line: an ad, or all the reasons it is not one. */
    public record Parsed(Ad ad, ObjectNode raw, List<String> errors) {
        public boolean ok() {
            return ad != null;
        }

        public String errorMessage() {
            return String.join("; ", errors);
        }
    }

    public Parsed parse(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return new Parsed(null, null, List.of("malformed JSON: " + e.getOriginalMessage()));
        }
        if (!(node instanceof ObjectNode object)) {
            return new Parsed(null, null, List.of("expected a JSON object"));
        }
        return fromObject(object);
    }

    public Parsed fromObject(ObjectNode object) {
        List<String> errors = new ArrayList<>();
        String id = text(object, "id", errors);
        if (id == null || id.isBlank()) {
            errors.add("missing required field 'id'");
        }
        String title = text(object, "title", errors);
        String body = text(object, "body", errors);
        Instant postedAt = instant(object, errors);
        String city = text(object, "city", errors);
        String region = text(object, "region", errors);
        String country = text(object, "country", errors);
        String site = text(object, "site", errors);
        String url = text(object, "url", errors);
        Double price = price(object, errors);
        List<String> images = images(object, errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, object, List.copyOf(errors));
        }
        Ad ad = new Ad(id, title, body, postedAt, city, region, country, site, url, price, images);
        return new Parsed(ad, object, List.of());
    }

    /** Writes an ad as a JSON object; {@code raw} (may be null) contributes the unknown fields it carried. */
    public ObjectNode toJson(Ad ad, ObjectNode raw) {
        ObjectNode out = raw == null ? mapper.createObjectNode() : raw.deepCopy();
        out.put("id", ad.id());
        out.put("title", ad.title());
        out.put("body", ad.body());
        putIfPresent(out, "posted_at", ad.postedAt() == null ? null : ad.postedAt().toString());
        putIfPresent(out, "city", ad.city());
        putIfPresent(out, "region", ad.region());
        putIfPresent(out, "country", ad.country());
        putIfPresent(out, "site", ad.site());
        putIfPresent(out, "url", ad.url());
        if (ad.price() != null) {
            out.put("price", ad.price());
        }
        ArrayNode images = out.putArray("images");
        ad.images().forEach(images::add);
        return out;
    }

    private static void putIfPresent(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private static String text(ObjectNode object, String field, List<String> errors) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            errors.add("field '" + field + "' must be a string");
            return null;
        }
        String text = value.asText();
        if (text.length() > MAX_FIELD_CHARS) {
            errors.add("field '" + field + "' is longer than " + MAX_FIELD_CHARS + " characters");
            return null;
        }
        return text;
    }

    private static Instant instant(ObjectNode object, List<String> errors) {
        JsonNode value = object.get("posted_at");
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        Instant parsed = parseInstant(value.asText().trim());
        if (parsed == null) {
            errors.add("field 'posted_at' is not an ISO-8601 date or time: '" + abbreviate(value.asText()) + "'");
        }
        return parsed;
    }

    /** Parses ISO-8601 instants, offset date-times, local date-times (as UTC) and dates (as UTC midnight). */
    public static Instant parseInstant(String text) {
        Instant utc = plainUtc(text);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /**
     * The common form {@code yyyy-MM-ddTHH:mm:ssZ} read without a formatter (the formatter was 8% of
     * {@code palermo screen}'s CPU); null for anything else, including dates that do not exist, which the formatters then judge.
     */
    static Instant plainUtc(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    /** The ASCII digits text[from, to) as a number, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Double price(ObjectNode object, List<String> errors) {
        JsonNode value = object.get("price");
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        double price;
        if (value.isNumber()) {
            price = value.asDouble();
        } else if (value.isTextual()) {
            try {
                price = Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                errors.add("field 'price' is not a number: '" + abbreviate(value.asText()) + "'");
                return null;
            }
        } else {
            errors.add("field 'price' must be a number");
            return null;
        }
        if (Double.isNaN(price) || Double.isInfinite(price) || price < 0) {
            errors.add("field 'price' must be a non-negative number, was " + price);
            return null;
        }
        return price;
    }

    private static List<String> images(ObjectNode object, List<String> errors) {
        JsonNode value = object.get("images");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            // CSV carries images as one field separated by spaces, commas or semicolons
            String text = value.asText().trim();
            return text.isEmpty() ? List.of() : List.of(text.split("[\\s,;|]+"));
        }
        if (!value.isArray()) {
            errors.add("field 'images' must be a list of strings");
            return List.of();
        }
        List<String> images = new ArrayList<>(value.size());
        for (JsonNode image : value) {
            if (!image.isValueNode() || image.isNull()) {
                errors.add("field 'images' must be a list of strings");
                return List.of();
            }
            images.add(image.asText());
        }
        return images;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
