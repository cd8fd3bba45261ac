package org.palermo.core.identifiers;

import java.util.List;
import org.palermo.core.text.NormalizedText;

/**
 * The rule for "obfuscated": the writer disguised the identifier rather than writing it plainly. For a phone that
 * means any part written as words, look-alike letters or misspelled numerals; any digit written as a Unicode form
 * (fullwidth, circled, mathematical, keycap, another script) or with invisible characters; a separator other than
 * space, hyphen, dot, slash, brackets and plus (including a line break); or three or more single digits standing
 * alone ({@code 5 5 5}, {@code 4.1.5}).
 */
final class Obfuscation {

    private static final int SINGLE_DIGIT_GROUPS = 3;

    private Obfuscation() {
    }

    static boolean ofPhone(NormalizedText folded, List<Piece> run, int i, int j) {
        String text = folded.text();
        int singles = 0;
        for (int k = i; k <= j; k++) {
            Piece piece = run.get(k);
            if (piece.wordy) {
                return true;
            }
            if (piece.digitCount() == 1) {
                singles++;
            }
            if (k > i && Separators.odd(text, run.get(k - 1).end, piece.start)) {
                return true;
            }
        }
        return singles >= SINGLE_DIGIT_GROUPS || folded.anyDisguisedLetterOrDigit(run.get(i).start, run.get(j).end);
    }
}
