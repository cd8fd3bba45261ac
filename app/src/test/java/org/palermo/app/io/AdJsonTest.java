package org.palermo.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdJsonTest {

    private final AdJson json = new AdJson(new ObjectMapper());

    @Test
    void readsEveryContractFieldAndKeepsUnknownOnes() {
        AdJson.Parsed parsed = json.parse("""
                {"id":"a1","title":"T","body":"B","posted_at":"2024-05-01T10:00:00Z","city":"Denver",
                 "region":"CO","country":"US","site":"s","url":"http://x.example/1","price":"120",
                 "images":["img1","img2"],"crawl_batch":7}""");
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.ad().postedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(parsed.ad().price()).isEqualTo(120.0);
        assertThat(parsed.ad().images()).containsExactly("img1", "img2");
        assertThat(json.toJson(parsed.ad(), parsed.raw()).get("crawl_batch").asInt()).isEqualTo(7);
    }

    @Test
    void reportsAllProblemsOfALineTogether() {
        AdJson.Parsed parsed = json.parse("{\"title\":\"x\",\"posted_at\":\"yesterday\",\"price\":\"cheap\"}");
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errors()).hasSize(3);
        assertThat(parsed.errorMessage())
                .contains("missing required field 'id'")
                .contains("'posted_at' is not an ISO-8601")
                .contains("'price' is not a number");
    }

    @Test
    void malformedJsonAndNonObjectsAreClearErrors() {
        assertThat(json.parse("{\"id\": ").errorMessage()).startsWith("malformed JSON");
        assertThat(json.parse("[1,2]").errorMessage()).isEqualTo("expected a JSON object");
    }

    @Test
    void anOversizedFieldIsAnErrorNotACut() {
        String body = "a".repeat(AdJson.MAX_FIELD_CHARS + 1);
        assertThat(json.parse("{\"id\":\"x\",\"body\":\"" + body + "\"}").errorMessage())
                .contains("'body' is longer than");
    }

    @Test
    void datesWithoutTimeOrOffsetAreReadAsUtc() {
        assertThat(AdJson.parseInstant("2024-05-01")).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(AdJson.parseInstant("2024-05-01T08:30:00")).isEqualTo(Instant.parse("2024-05-01T08:30:00Z"));
        assertThat(AdJson.parseInstant("2024-05-01T08:30:00+02:00")).isEqualTo(Instant.parse("2024-05-01T06:30:00Z"));
    }

    @Test
    void theFastPathForPlainUtcTimesReadsExactlyWhatTheFormatterReads() {
        java.util.Random random = new java.util.Random(11);
        int fast = 0;
        for (int k = 0; k < 20_000; k++) {
            String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(3000),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
            java.time.Instant expected;
            try {
                expected = java.time.OffsetDateTime.parse(text).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                expected = null;
            }
            java.time.Instant read = AdJson.plainUtc(text);
            if (read != null) {
                fast++;
                assertThat(read).as(text).isEqualTo(expected);
            } else {
                assertThat(expected).as(text + " is left to the formatter only when the formatter rejects it").isNull();
            }
        }
        assertThat(fast).isGreaterThan(5_000);
        assertThat(AdJson.plainUtc("2024-02-29T23:59:59Z")).isEqualTo(java.time.Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(AdJson.plainUtc("2025-02-29T10:00:00Z")).isNull();
        assertThat(AdJson.plainUtc("2025-01-01T00:11:39+00:00")).isNull();
        assertThat(AdJson.parseInstant("2025-01-01T00:11:39+01:00")).isEqualTo(java.time.Instant.parse("2024-12-31T23:11:39Z"));
    }
}
