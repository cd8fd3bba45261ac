package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pre-cleaning rules ask {@link QuantityWords} about the word beside a number by its piece: a word whose
 * length, first and last letter fit no listed word is answered without cutting out its letters. This compares
 * every answer with the plain look-up of the word's letters, for the listed words, near misses and random words.
 */
class QuantityWordsLookedUpByShapeFirstTest {

    private static final String[] LISTED = {"yo", "yrs", "y", "ft", "inches", "am", "pm", "percent", "minutes", "hr",
        "h", "k", "lbs", "incall", "outcall", "qv", "donations", "overnight", "age", "aged", "id", "reference",
        "zipcode", "born", "jan", "january", "may", "sept", "september", "dec", "al", "ca", "ny", "wy", "or", "in"};
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz\u00e9_5";

    @Test
    void answersAsTheListsDoForEveryWord() {
        Random random = new Random(20261125);
        List<String> words = new ArrayList<>(List.of(LISTED));
        for (String listed : LISTED) {
            words.add(listed + "s");
            words.add(listed.substring(1) + listed.charAt(0));
            words.add(listed.charAt(0) + "x" + listed.substring(1));
        }
        for (int k = 0; k < 200_000; k++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(random.nextBoolean() ? 4 : 18);
            for (int c = 0; c < length; c++) {
                word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            words.add(word.toString());
        }
        int listed = 0;
        for (String word : words) {
            String text = "12 " + word + " 34";
            Piece piece = Piece.word(3, 3 + word.length(), text);
            assertThat(QuantityWords.maxDigitsBefore(piece)).as(word).isEqualTo(QuantityWords.maxDigitsBefore(word));
            assertThat(QuantityWords.isLabel(piece)).as(word).isEqualTo(QuantityWords.isLabel(word));
            assertThat(QuantityWords.isMonth(piece)).as(word).isEqualTo(QuantityWords.isMonth(word));
            assertThat(QuantityWords.isUsState(piece)).as(word).isEqualTo(QuantityWords.isUsState(word));
            boolean any = QuantityWords.maxDigitsBefore(word) != null || QuantityWords.isLabel(word)
                    || QuantityWords.isMonth(word) || QuantityWords.isUsState(word);
            listed += any ? 1 : 0;
        }
        assertThat(listed).as("listed words among the words").isGreaterThan(LISTED.length);
    }
}
