package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.palermo.core.text.AsciiScan;

/**
 * The one-pass folding (a table instead of Character look-ups, words recorded while folding) and the detectors
 * that share its words find exactly what the straightforward versions in {@link ScreeningReference} find.
 */
class FastFoldingAgreesWithReferenceProperties {

    private static final List<String> PHRASES = Rulebook.defaults().rules().stream()
            .flatMap(rule -> rule.patterns().stream())
            .toList();
    /** The shipped phrases, and some that start or end with pictographs or overlap themselves. */
    private static final List<List<PhrasePattern>> PATTERNS = Stream.concat(
                    Rulebook.defaults().rules().stream().map(IndicatorRule::patterns),
                    Stream.of(List.of("\uD83C\uDF6D", "\u263A love"), List.of("in town \u263A"), List.of("a a a", "a a"),
                            List.of("me*", "me"), List.of("yo", "young")))
            .map(patterns -> patterns.stream().map(PhrasePattern::parse).toList())
            .toList();
    private static final PhraseMatcher MATCHER = new PhraseMatcher(PATTERNS);

    @Property(tries = 3000)
    void foldingAgreesWithTheReference(@ForAll("adText") String text) {
        assertFoldsLikeTheReference(text);
    }

    @Property(tries = 3000)
    void statedAgesAgreeWithTheReference(@ForAll("adText") String text) {
        assertThat(StatedAges.find(FoldedText.of(text), text)).isEqualTo(ScreeningReference.ages(text));
    }

    @Property(tries = 3000)
    void introducedNamesAgreeWithTheReference(@ForAll("adText") String text) {
        assertThat(IntroducedNames.find(FoldedText.of(text), text))
                .isEqualTo(ScreeningReference.names(text, List.copyOf(IntroducedNames.NOT_NAMES)));
    }

    @Property(tries = 3000)
    void phraseHitsAgreeWithTheReferenceInTheirOrder(@ForAll("adText") String text) {
        List<String> expected = ScreeningReference.phraseHits(text, PATTERNS);
        assertThat(hits(MATCHER.fold(text), text)).isEqualTo(expected);
    }

    /** On ASCII text, screening takes the folding from the one-pass scan that the identifiers share. */
    @Property(tries = 3000)
    void foldingFromTheAsciiScanAgreesWithFoldingAlone(@ForAll("asciiAdText") String text) {
        FoldedText alone = FoldedText.of(text);
        FoldedText scanned = FoldedText.of(AsciiScan.of(text));

        assertThat(new String(scanned.chars, 0, scanned.length)).isEqualTo(new String(alone.chars, 0, alone.length));
        assertThat(scanned.words).isEqualTo(alone.words);
        for (int w = 0; w < alone.words; w++) {
            assertThat(scanned.starts[w]).isEqualTo(alone.starts[w]);
            assertThat(scanned.ends[w]).isEqualTo(alone.ends[w]);
            assertThat(scanned.originStart(w)).isEqualTo(alone.originStart(w));
        }
        assertThat(Arrays.copyOf(scanned.numbers, scanned.numberCount))
                .isEqualTo(Arrays.copyOf(alone.numbers, alone.numberCount));
        assertThat(Arrays.copyOf(scanned.capitalised, scanned.capitalisedCount))
                .isEqualTo(Arrays.copyOf(alone.capitalised, alone.capitalisedCount));
    }

    /** Page-long texts, which the matcher reads as parts at once: the parts' seams must change nothing. */
    @Property(tries = 300)
    void phraseHitsOnLongTextsReadInPartsAgreeWithTheReference(@ForAll("longAdText") String text) {
        FoldedText folded = FoldedText.of(text);
        assertThat(MATCHER.readsInParts(folded)).as("read in parts: %s", text).isTrue();

        assertThat(hits(folded, text)).isEqualTo(ScreeningReference.phraseHits(text, PATTERNS));
    }

    private static List<String> hits(FoldedText folded, String text) {
        List<String> found = new ArrayList<>();
        MATCHER.find(folded, (rule, start, end) -> found.add(rule + ":" + folded.span(text, start, end)));
        return found;
    }

    @Test
    void everyCharFoldsLikeTheReferenceAloneAndBetweenLetters() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertFoldsLikeTheReference(String.valueOf(ch));
            assertFoldsLikeTheReference("a" + ch + "b");
            assertFoldsLikeTheReference(". " + ch + "\uDE00x"); // a high surrogate meets a low one
        }
    }

    private static void assertFoldsLikeTheReference(String text) {
        ScreeningReference.Folded expected = ScreeningReference.fold(text);
        FoldedText folded = FoldedText.of(text);
        assertThat(new String(folded.chars, 0, folded.length)).as("folded %s", text).isEqualTo(expected.chars());
        for (int i = 0; i < folded.length; i++) {
            assertThat(folded.origin(i)).as("origin of %d in %s", i, text).isEqualTo(expected.origin()[i]);
        }
        int[][] words = expected.words();
        assertThat(folded.words).isEqualTo(words[0].length);
        for (int w = 0; w < folded.words; w++) {
            assertThat(folded.starts[w]).isEqualTo(words[0][w]);
            assertThat(folded.end(w)).isEqualTo(words[1][w]);
            assertThat(folded.wordSpan(text, w, w)).isEqualTo(expected.span(text, words[0][w], words[1][w]));
        }
    }

    @Provide
    Arbitrary<String> adText() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.of("24", "19", "17", "7", "245", "24yo", "24yrs", "21years", "yo", "y", "o", "yr", "yrs",
                        "year", "years", "old", "young", "age", "I'm", "Im", "i", "m", "am", "she", "s", "is",
                        "She's", "my", "name", "names", "Name's", "ask", "for", "call", "me", "meet", "Anna", "MARIA",
                        "Lola", "Jo", "Sweet", "Here", "Élodie", "\u0662\u0663", "24/7", "20%", "22.", "\u2019"),
                Arbitraries.of("\uD83C\uDF6D", "\uD83D\uDC8B", "\u263A", "\u00A9", "\u00B0", "\uD835\uDC00", "\uD83D",
                        "\uDE00", "ÉTÉ", "straße", "İstanbul", "ǅ", "\u00AD", "\u200B"),
                Arbitraries.of(PHRASES).map(phrase -> phrase.replace("*", "s").replace(' ', '-')),
                Arbitraries.of(PHRASES).map(phrase -> phrase.replace("*", "").toUpperCase(java.util.Locale.ROOT)),
                Arbitraries.of("a", "A", "a a", "in", "town", "love", "\u263A\u263A"),
                Arbitraries.strings().ofMaxLength(5));
        Arbitrary<String> separators = Arbitraries.of("", " ", "  ", ": ", "-", "\n", "'", "/", ".", "!!", "\u2019",
                "\u00A0");
        return Arbitraries.lazy(() -> tokens.list().ofMaxSize(20).flatMap(list -> separators.list()
                .ofSize(list.size()).map(seps -> join(list, seps))));
    }

    /** 30 to 60 short texts joined by spaces (word starts to cut at), over 2,000 folded chars. */
    @Provide
    Arbitrary<String> longAdText() {
        return adText().list().ofMinSize(30).ofMaxSize(60).map(texts -> String.join(" ", texts))
                .filter(text -> FoldedText.of(text).length > 2000);
    }

    /** Ad-like texts of ASCII characters only: every ASCII char appears, in words and between them. */
    @Provide
    Arbitrary<String> asciiAdText() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.of("24", "19", "7", "24yo", "I'm", "Im", "She's", "my", "name", "Anna", "MARIA", "24/7",
                        "20%", "22.", "a", "A", "in", "town", "NEW", "x2"),
                Arbitraries.of(PHRASES).filter(phrase -> AsciiScan.of(phrase) != null)
                        .map(phrase -> phrase.replace("*", "s").replace(' ', '-')),
                Arbitraries.strings().ascii().ofMaxLength(6));
        Arbitrary<String> separators = Arbitraries.strings().ascii().ofMaxLength(3);
        return Arbitraries.lazy(() -> tokens.list().ofMaxSize(25).flatMap(list -> separators.list()
                .ofSize(list.size()).map(seps -> join(list, seps))));
    }

    private static String join(List<String> tokens, List<String> separators) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            text.append(separators.get(i)).append(tokens.get(i));
        }
        return text.toString();
    }
}
