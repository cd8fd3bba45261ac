package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.palermo.core.text.AsciiScan;
import org.palermo.core.text.NormalizedText;
import org.palermo.core.text.TextNormalizer;

/**
 * {@link HandleScanner#scan} jumps from one possible handle start to the next with a branch-free test (one table
 * read per character, for it and its two neighbours) and skips words that no keyword begins like. This compares it with the plain walk (every '@' and '$', every word start,
 * each word given to the keyword reader) on random texts dense in keywords, names and sigils; on ASCII texts, so
 * does the scan that takes its candidates from an {@link AsciiScan}'s word starts.
 */
class HandleCandidatesFoundWithoutBranchesTest {

    private static final String[] PIECES = {"ig", "IG", "insta", "instagram", "snap", "sc", "snapchat", "tw", "x",
        "X", "twitter", "tg", "telegram", "fb", "facebook", "kik", "tiktok", "tik", "tok", "only", "fans", "onlyfans",
        "fansly", "cash", "app", "cashapp", "venmo", "pay", "pal", "paypal", "zelle", "jane_d", "kim22", "me", "is",
        "the", "in", "to", "@", "$", "$200", ":", " ", " ", "  ", "-", "=", ">", "~", "*", ".", "/", "_", "5", "\n",
        "mail.com", "é", "\uFF29\uFF27", "xo", "ok", "inside", "scan", "x2", "xé", "sc\u00e9", "\u4e2d"};

    @Test
    void findsWhatThePlainWalkFinds() {
        Random random = new Random(20261125);
        int found = 0;
        int ascii = 0;
        for (int round = 0; round < 100_000; round++) {
            // short texts end near a candidate; long ones hold many
            int pieces = round % 2 == 0 ? 1 + random.nextInt(16) : 16 + random.nextInt(48);
            NormalizedText folded = TextNormalizer.normalize(randomText(random, pieces));
            List<Identifier> fast = new ArrayList<>();
            HandleScanner.scan(folded, fast);
            List<Identifier> plain = plainWalk(folded);
            assertThat(fast).as("<%s>", folded.original()).isEqualTo(plain);
            found += plain.size();
            AsciiScan scan = AsciiScan.of(folded.original());
            if (scan != null) { // an ASCII text: candidates from the scan's word starts and the sigils, too
                List<Identifier> fromWords = new ArrayList<>();
                HandleScanner.scan(TextNormalizer.normalize(scan), scan, fromWords);
                assertThat(fromWords).as("from the ASCII scan: <%s>", folded.original()).isEqualTo(plain);
                ascii++;
            }
        }
        assertThat(found).isGreaterThan(10_000);
        assertThat(ascii).isGreaterThan(10_000);
    }

    /** The scan as it was written before: one character at a time. */
    private static List<Identifier> plainWalk(NormalizedText folded) {
        List<Identifier> out = new ArrayList<>();
        String text = folded.text();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '@' || c == '$') {
                i = HandleScanner.sigil(folded, i, out);
            } else if ("istkofcvpzx".indexOf(c) >= 0 && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                i = HandleScanner.keyword(folded, i, out);
            } else if (isWordChar(c)) {
                do {
                    i++;
                } while (i < text.length() && isWordChar(text.charAt(i)));
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
