package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.palermo.core.text.NormalizedText;
import org.palermo.core.text.TextNormalizer;

/**
 * The e-mail scanner skips texts where {@link MarkerView#mayHoldEmail} proves that the marker view can hold no
 * address. This checks the proof against the full scan on random texts dense in markers, brackets, spaces, dots
 * and domain-like words: whenever the full scan finds an address, the first look must have said yes.
 */
class EmailFirstLookNeverMissesAnAddressTest {

    private static final String[] PIECES = {"at", "dot", "AT", "DOT", "@", ".", " ", "  ", "[", "]", "(", ")", "{",
        "}", "<", ">", "jane", "gmail", "example", "com", "net", "x", "5", "-", "_", "+", ",", "\n", "a", "d", "t",
        "o", "home", "me", ":", "e\u0301", "\uFF0E", "\uFF20"};
    private static final String[] WORDS = {"jane", "gmail", "example", "com", "x", "kim.lee", "a-b", "55", "co.uk"};
    private static final String[] AT_FORMS = {"@", " @ ", " @", "@ ", " at ", " AT ", "[at]", " [at] ", " [ at ] ",
        "(at)", " ( at ) ", "{at}", "<at>", "  (at)", " at", "at "};
    private static final String[] DOT_FORMS = {".", " dot ", " DOT ", "[dot]", " [dot] ", "(dot)", " ( dot ) ",
        "{dot}", "<dot>", " . ", ". ", "dot"};

    @Test
    void saysYesWheneverTheFullScanFindsAnAddress() {
        Random random = new Random(20261125);
        int withAddress = 0;
        int skipped = 0;
        for (int round = 0; round < 200_000; round++) {
            NormalizedText folded = TextNormalizer.normalize(randomText(random));
            List<Identifier> full = new ArrayList<>();
            EmailScanner.scanView(folded, 0, full);
            boolean mayHold = MarkerView.mayHoldEmail(folded);
            if (!full.isEmpty()) {
                withAddress++;
                assertThat(mayHold).as("first look on <%s> that holds %s", folded.original(), full).isTrue();
            }
            skipped += mayHold ? 0 : 1;
        }
        // the random texts must exercise both sides for the check to mean anything
        assertThat(withAddress).isGreaterThan(5_000);
        assertThat(skipped).isGreaterThan(50_000);
    }

    @Test
    void scanWithFirstLookFindsWhatTheFullScanFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 50_000; round++) {
            NormalizedText folded = TextNormalizer.normalize(randomText(random));
            List<Identifier> full = new ArrayList<>();
            EmailScanner.scanView(folded, 0, full);
            List<Identifier> fast = new ArrayList<>();
            EmailScanner.scan(folded, fast);
            assertThat(fast).as("<%s>", folded.original()).isEqualTo(full);
        }
    }

    @Test
    void skipsTextsWithoutAnyAddressShape() {
        assertThat(mayHold("meet me at the hotel at noon, ask for kim.")).isFalse();
        assertThat(mayHold("insta @jane_doe only")).isFalse();
        assertThat(mayHold("jane at example dot com")).isTrue();
        assertThat(mayHold("jane (at) example.com")).isTrue();
        assertThat(mayHold("jane @ example.com")).isTrue();
    }

    private static boolean mayHold(String text) {
        return MarkerView.mayHoldEmail(TextNormalizer.normalize(text));
    }

    /** Half the texts are random pieces; half are an address in some written form with random pieces mixed in. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append(pick(random, WORDS)).append(pick(random, AT_FORMS)).append(pick(random, WORDS))
                    .append(pick(random, DOT_FORMS)).append(pick(random, WORDS));
        }
        int pieces = random.nextInt(random.nextBoolean() ? 4 : 24);
        for (int k = 0; k < pieces; k++) {
            text.insert(random.nextInt(text.length() + 1), pick(random, PIECES));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
