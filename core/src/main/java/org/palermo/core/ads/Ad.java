package org.palermo.core.ads;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One online ad as it enters Palermo, in the input contract of docs/ARCHITECTURE.md.
 *
 * <p>Only {@code id} is required. Text spans reported by extraction and screening index into {@link #text()}:
 * the title, a line break, then the body.
 *
 * @param price local currency per hour, or {@code null} when the ad states none
 */
public record Ad(
        String id,
        String title,
        String body,
        Instant postedAt,
        String city,
        String region,
        String country,
        String site,
        String url,
        Double price,
        List<String> images) {

    public Ad {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("ad id must not be blank");
        }
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        images = images == null ? List.of() : List.copyOf(images);
        if (price != null && (price.isNaN() || price < 0)) {
            throw new IllegalArgumentException("price must be a non-negative number, was " + price);
        }
    }

    /** A minimal ad with only text, for tests and the stateless screen endpoint. */
    public static Ad ofText(String id, String title, String body) {
        return new Ad(id, title, body, null, null, null, null, null, null, null, List.of());
    }

    /** The text that extraction and screening read: title, a line break, body. Spans index into it. */
    public String text() {
        if (title.isEmpty()) {
            return body;
        }
        if (body.isEmpty()) {
            return title;
        }
        return title + "\n" + body;
    }
}
