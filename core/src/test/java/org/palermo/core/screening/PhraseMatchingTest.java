package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatchingTest {

    private static List<String> matches(String text, List<List<String>> rules) {
        PhraseMatcher matcher = new PhraseMatcher(
                rules.stream().map(r -> r.stream().map(PhrasePattern::parse).toList()).toList());
        FoldedText folded = FoldedText.of(text);
        List<String> found = new ArrayList<>();
        matcher.find(folded, (rule, start, end) -> found.add(rule + ":" + folded.span(text, start, end).text()));
        return found;
    }

    @Test
    void overlappingAndNestedPhrasesAllMatch() {
        List<String> found = matches("She's NEW in-town tonight",
                List.of(List.of("new in town"), List.of("in town"), List.of("town"), List.of("she's")));

        assertThat(found).containsExactlyInAnyOrder("3:She's", "0:NEW in-town", "1:in-town", "2:town");
    }

    @Test
    void prefixPatternExtendsToTheEndOfTheWordButNeedsAWordStart() {
        List<String> found = matches("Latinas and a Latino, not palatine", List.of(List.of("latin*")));

        assertThat(found).containsExactly("0:Latinas", "0:Latino");
    }

    @Test
    void lettersOutsideAsciiFoldAndMatch() {
        List<String> found = matches("ÉTÉ jeune fille, été", List.of(List.of("été")));

        assertThat(found).containsExactly("0:ÉTÉ", "0:été");
    }

    @Test
    void emojiAreWordsOfTheirOwnThatPatternsCanName() {
        List<String> found = matches("hi🍭🍭 there 🍬!", List.of(List.of("🍭"), List.of("🍬"), List.of("hi")));

        assertThat(found).containsExactly("2:hi", "0:🍭", "0:🍭", "1:🍬");
    }

    @Test
    void textWithoutLettersMatchesNothing() {
        assertThat(matches("!!! ... 💋💋", List.of(List.of("young")))).isEmpty();
        assertThat(matches("", List.of(List.of("young")))).isEmpty();
    }

    @Test
    void manyPatternsStillMatchInOnePass() {
        List<List<String>> rules = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rules.add(List.of("word" + i + " phrase"));
        }

        assertThat(matches("x word1999 phrase y word7 phrase", rules)).containsExactly("1999:word1999 phrase",
                "7:word7 phrase");
    }
}
