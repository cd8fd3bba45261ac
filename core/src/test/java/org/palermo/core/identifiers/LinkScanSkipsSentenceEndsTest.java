package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.palermo.core.text.NormalizedText;
import org.palermo.core.text.TextNormalizer;

/**
 * {@link UrlScanner#scan} passes over a dot that ends its chunk (a sentence's end) without reading the chunk. This
 * compares it with reading every chunk on random texts dense in dots, link breaks, hosts, paths and trailing marks.
 */
class LinkScanSkipsSentenceEndsTest {

    private static final String[] PIECES = {".", ". ", "..", " ", "  ", "\n", "\t", "|", "<", ">", "(", ")", "\"",
        "'", "*", ",", "!", "?", ":", "/", "www", "http://", "https://", "site", "com", "me", "x", "onlyfans", "cash",
        "app", "paypal", "instagram", "jane", "5", "12", "-", "@", "#", "?q=1", "co.uk", "t.me/kim", "now", "\u00e9",
        "\u3002", "\u00a0", "\u2028"};

    @Test
    void findsWhatReadingEveryChunkFinds() {
        Random random = new Random(20261125);
        int found = 0;
        for (int round = 0; round < 100_000; round++) {
            NormalizedText folded = TextNormalizer.normalize(randomText(random));
            List<Identifier> every = new ArrayList<>();
            UrlScanner.scanEveryChunk(folded, every);
            List<Identifier> fast = new ArrayList<>();
            UrlScanner.scan(folded, fast);
            assertThat(fast).as("<%s>", folded.original()).isEqualTo(every);
            found += every.size();
        }
        assertThat(found).as("the texts hold links").isGreaterThan(10_000);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(24);
        for (int k = 0; k < pieces; k++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
