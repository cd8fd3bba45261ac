package org.palermo.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#normalize} lowers ASCII in one pass and hands over to the general path at the first other
 * character; this compares it with the plain definition (every code point folded on its own by
 * {@link TextNormalizer#fold}, ASCII only lower-cased) on random mixes of ASCII, look-alikes, digit forms, keycaps and invisible marks.
 */
class FoldingInOnePassAgreesWithCodePointFoldingTest {

    private static final String[] PIECES = {"a", "Z", "q", "M", "7", " ", "@", ".", "-", "\n", "\t", "[", "~",
        "\u0410", "\u043E", "\u03B1", "\uFF14", "\u2461", "\uD835\uDFD1", "\u0664", "\u277A", "\u200B", "\uFEFF",
        "\uFE0F\u20E3", "\u2013", "\u2019", "\u201C", "\u00E9", "E\u0301", "\u00DF", "\u0130", "\u00A0", "\u2028",
        "\uD83D\uDD1F", "\uFB01", "\u00BD", "\u3000", "\uD83D\uDE00", "\uD800"};

    @Test
    void foldsTextOffsetsAndDisguiseAsTheCodePointByCodePointDefinition() {
        Random random = new Random(20261125);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            assertAgree(text, TextNormalizer.normalize(text));
        }
    }

    @Test
    void plainAsciiOfEveryCharacterAgrees() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            all.append(c);
        }
        assertAgree(all.toString(), TextNormalizer.normalize(all.toString()));
        assertAgree(all + "\u00E9", TextNormalizer.normalize(all + "\u00E9"));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        boolean asciiOnly = random.nextInt(3) == 0;
        int pieces = random.nextInt(40);
        for (int k = 0; k < pieces; k++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            text.append(asciiOnly && piece.charAt(0) >= 128 ? "x" : piece);
        }
        return text.toString();
    }

    private static void assertAgree(String original, NormalizedText folded) {
        Reference expected = Reference.of(original);
        assertThat(folded.text()).as("folded text of <%s>", original).isEqualTo(expected.text.toString());
        assertThat(folded.length()).isEqualTo(expected.text.length());
        for (int i = 0; i < folded.length(); i++) {
            assertThat(folded.charAt(i)).isEqualTo(expected.text.charAt(i));
            assertThat(folded.anyDisguisedLetterOrDigit(i, i + 1)).as("disguised at %d of <%s>", i, original)
                    .isEqualTo(expected.disguised.get(i) && Character.isLetterOrDigit(expected.text.charAt(i)));
        }
        for (int i = 0; i <= folded.length(); i++) {
            int start = i == expected.text.length() ? original.length() : expected.start.get(i);
            int end = i == 0 ? (expected.text.length() == 0 ? original.length() : expected.start.get(0))
                    : expected.end.get(i - 1);
            assertThat(folded.originalStart(i)).as("start %d of <%s>", i, original).isEqualTo(start);
            assertThat(folded.originalEnd(i)).as("end %d of <%s>", i, original).isEqualTo(end);
        }
    }

    /** The definition: every code point folded on its own; a dropped one joins the character before it. */
    private record Reference(StringBuilder text, List<Integer> start, List<Integer> end, List<Boolean> disguised) {

        static Reference of(String original) {
            Reference r = new Reference(new StringBuilder(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            int i = 0;
            while (i < original.length()) {
                char c = original.charAt(i);
                int cp = original.codePointAt(i);
                int width = Character.charCount(cp);
                String folded = c < 128 ? String.valueOf(Character.toLowerCase(c)) : TextNormalizer.fold(cp);
                if (c < 128 || width == 1 && (Character.isSurrogate(c) || folded.equals(String.valueOf(c)))) {
                    r.add(c < 128 ? folded : String.valueOf(c), i, i + width, false);
                } else if (folded.isEmpty()) {
                    if (!r.end.isEmpty()) {
                        r.end.set(r.end.size() - 1, i + width);
                        r.disguised.set(r.disguised.size() - 1, true);
                    }
                } else {
                    r.add(folded, i, i + width, true);
                }
                i += width;
            }
            return r;
        }

        void add(String chars, int from, int to, boolean wasDisguised) {
            for (int k = 0; k < chars.length(); k++) {
                text.append(chars.charAt(k));
                start.add(from);
                end.add(to);
                disguised.add(wasDisguised);
            }
        }
    }
}
