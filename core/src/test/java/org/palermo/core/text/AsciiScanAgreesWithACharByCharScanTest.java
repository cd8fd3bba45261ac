package org.palermo.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link AsciiScan} reads eight chars at a time and finds words in bitmaps of 64 chars; a plain scan, one char at a
 * time, must find the same lower-cased text, words, kinds and folding. The random texts put words across the
 * 64-char blocks, make words longer than one or two blocks, and end texts inside words and between them.
 */
class AsciiScanAgreesWithACharByCharScanTest {

    private static final String SEPARATORS = " .,!?-_/:;()'\"\n\t@#$%&*+=<>[]{}|\\~`^";

    @Test
    void randomAsciiTextsScanAsOneCharAtATime() {
        SplittableRandom random = new SplittableRandom(20261126);
        for (int t = 0; t < 100_000; t++) {
            String text = randomText(random);
            assertAgrees(text);
        }
    }

    @Test
    void textsAroundTheBlockAndChunkSizes() {
        for (int n = 0; n <= 200; n++) {
            assertAgrees("a".repeat(n));
            assertAgrees("7".repeat(n));
            assertAgrees(" ".repeat(n));
            assertAgrees("x".repeat(n) + " 9");
            assertAgrees(" ".repeat(n) + "Ab1");
            assertAgrees("Z9".repeat(n / 2) + "!");
            // words over three blocks whose first and last parts are of one kind and whose middle is of another
            assertAgrees("1".repeat(n % 64 + 1) + "b".repeat(130) + "2".repeat(n % 64 + 1) + " x");
            assertAgrees("c".repeat(n % 64 + 1) + "3".repeat(130) + "d".repeat(n % 64 + 1));
        }
    }

    private static String randomText(SplittableRandom random) {
        int length = random.nextInt(4) == 0 ? random.nextInt(400) : random.nextInt(80);
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            int kind = random.nextInt(10);
            int run = kind == 0 ? 1 + random.nextInt(150) : 1 + random.nextInt(9);
            for (int i = 0; i < run && out.length() < length; i++) {
                out.append(switch (kind % 5) {
                    case 0, 1 -> (char) ('a' + random.nextInt(26));
                    case 2 -> (char) ('A' + random.nextInt(26));
                    case 3 -> (char) ('0' + random.nextInt(10));
                    default -> random.nextInt(8) == 0 ? (char) random.nextInt(128)
                            : SEPARATORS.charAt(random.nextInt(SEPARATORS.length()));
                });
            }
        }
        return out.toString();
    }

    private static void assertAgrees(String text) {
        AsciiScan scan = AsciiScan.of(text);
        assertThat(scan).as(text).isNotNull();
        assertThat(scan.loweredText()).as(text).isEqualTo(text.toLowerCase(Locale.ROOT));
        assertThat(new String(scan.lowered())).as(text).isEqualTo(text.toLowerCase(Locale.ROOT));

        List<int[]> words = wordsOneCharAtATime(text);
        assertThat(scan.words()).as(text).isEqualTo(words.size());
        StringBuilder folded = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            int[] word = words.get(w);
            assertThat(new int[] {scan.start(w), scan.end(w), scan.kinds(w)}).as(text + " word " + w)
                    .containsExactly(word);
            if (w > 0) {
                folded.append(' ');
            }
            folded.append(text, word[0], word[1]);
        }
        assertThat(new String(scan.folded(), 0, scan.foldedLength())).as(text)
                .isEqualTo(folded.toString().toLowerCase(Locale.ROOT));
    }

    /** Each word as {start, end, kinds}: runs of ASCII letters and digits. */
    private static List<int[]> wordsOneCharAtATime(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int kinds = 0;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                kinds |= Character.isDigit(text.charAt(i)) ? AsciiScan.DIGIT : AsciiScan.LETTER;
                i++;
            }
            words.add(new int[] {start, i, kinds});
        }
        return words;
    }
}
