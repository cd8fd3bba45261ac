package org.palermo.core.identifiers;

import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palermo.core.text.AsciiScan;
import org.palermo.core.text.NormalizedText;

/**
 * Finds phone numbers in folded text: tokens become {@link Piece}s, pre-cleaning marks the numbers that are not
 * phones, neighbouring numbers joined only by separators form runs, and in each run the longest windows that
 * libphonenumber validates become phones, left to right. Every step is linear in the text; a window holds at
 * most 15 digits, so the windows tried per run are bounded by a constant times its length.
 */
final class PhoneScanner {

    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    /** Decides whether digits are a phone number; libphonenumber in production, a counting wrapper in tests. */
    interface NumberCheck {
        PhoneNumber validate(String digits, boolean plus, boolean wholeRun, String region);
    }

    private final NumberCheck check;

    PhoneScanner(NumberCheck check) {
        this.check = check;
    }

    void scan(NormalizedText folded, String region, List<Identifier> out) {
        scan(folded, null, region, out);
    }

    /** As {@link #scan(NormalizedText, String, List)}, taking the tokens from {@code scan} unless it is null. */
    void scan(NormalizedText folded, AsciiScan scan, String region, List<Identifier> out) {
        List<Piece> pieces = scan != null ? PhoneTokens.split(folded.text(), scan) : PhoneTokens.split(folded.text());
        scanPieces(folded, pieces, region, out);
    }

    /** The phones among the pieces of the folded text (the tokeniser's, or in tests a reference tokeniser's). */
    void scanPieces(NormalizedText folded, List<Piece> pieces, String region, List<Identifier> out) {
        String text = folded.text();
        NonPhoneNumbers.mark(text, pieces);
        Map<String, PhoneNumber> answers = new HashMap<>(); // allocates its table only when a run is validated
        int k = 0;
        while (k < pieces.size()) {
            if (!pieces.get(k).isFreeNumber()) {
                k++;
                continue;
            }
            int end = runEnd(text, pieces, k);
            scanRun(folded, pieces.subList(k, end), region, answers, out);
            k = end;
        }
    }

    /** The index after the last piece of the run that starts at {@code k}. */
    private static int runEnd(String text, List<Piece> pieces, int k) {
        int end = k + 1;
        while (end < pieces.size() && pieces.get(end).isFreeNumber()
                && Separators.joinable(text, pieces.get(end - 1).end, pieces.get(end).start)) {
            Piece previous = pieces.get(end - 1);
            if (previous.endsWithTens && pieces.get(end).startsWithUnitWord) {
                previous.digits = previous.digits.substring(0, previous.digits.length() - 1);
            }
            end++;
        }
        return end;
    }

    private void scanRun(NormalizedText folded, List<Piece> run, String region, Map<String, PhoneNumber> answers,
            List<Identifier> out) {
        int total = 0;
        for (Piece piece : run) {
            total += piece.digitCount();
        }
        if (total < 7) {
            return;
        }
        String text = folded.text();
        int i = 0;
        while (i < run.size()) {
            boolean plus = Separators.plusBefore(text, run.get(i).start);
            StringBuilder digits = new StringBuilder();
            PhoneNumber best = null;
            int bestEnd = -1;
            for (int j = i; j < run.size(); j++) {
                digits.append(run.get(j).digits);
                if (digits.length() > MAX_DIGITS) {
                    break;
                }
                if (!weakPiecesSupported(run, i, j)) {
                    continue;
                }
                if (digits.length() < MIN_DIGITS) {
                    continue; // too short for any phone number: no need to ask the validator
                }
                boolean wholeRun = i == 0 && j == run.size() - 1;
                PhoneNumber number = validate(digits.toString(), plus, wholeRun, region, answers);
                if (number != null) {
                    best = number;
                    bestEnd = j;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            out.add(phone(folded, run, i, bestEnd, plus, best));
            i = bestEnd + 1;
        }
    }

    /**
     * The check's answer, asked once per scan for the same question: an ad often repeats its number, and a
     * validation costs far more than a look-up. The answer is only read (formatted), never changed.
     */
    private PhoneNumber validate(String digits, boolean plus, boolean wholeRun, String region,
            Map<String, PhoneNumber> answers) {
        String question = (plus ? "+" : "") + (wholeRun ? "w" : "") + digits;
        if (answers.containsKey(question)) {
            return answers.get(question);
        }
        PhoneNumber answer = check.validate(digits, plus, wholeRun, region);
        answers.put(question, answer);
        return answer;
    }

    /** A weak homophone ("to", "for", "oh") counts only beside a strong number inside the same window. */
    private static boolean weakPiecesSupported(List<Piece> run, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (!run.get(k).weak) {
                continue;
            }
            boolean left = k > i && !run.get(k - 1).weak;
            boolean right = k < j && !run.get(k + 1).weak;
            if (!left && !right) {
                return false;
            }
        }
        return true;
    }

    private static Identifier phone(NormalizedText folded, List<Piece> run, int i, int j, boolean plus,
            PhoneNumber number) {
        int start = plus ? Separators.plusIndex(folded.text(), run.get(i).start) : run.get(i).start;
        if (start > 0 && folded.text().charAt(start - 1) == '(') {
            start--;
        }
        int end = run.get(j).end;
        boolean obfuscated = Obfuscation.ofPhone(folded, run, i, j);
        int originalStart = folded.originalStart(start);
        int originalEnd = folded.originalEnd(end);
        return new Identifier(IdentifierType.PHONE, PhoneValidator.e164(number), obfuscated,
                folded.original().substring(originalStart, originalEnd), originalStart, originalEnd);
    }
}
