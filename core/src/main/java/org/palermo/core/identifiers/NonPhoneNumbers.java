package org.palermo.core.identifiers;

import static org.palermo.core.identifiers.Neighbours.block;
import static org.palermo.core.identifiers.Neighbours.charAfter;
import static org.palermo.core.identifiers.Neighbours.chars;
import static org.palermo.core.identifiers.Neighbours.gapIs;
import static org.palermo.core.identifiers.Neighbours.isYear;
import static org.palermo.core.identifiers.Neighbours.neighbour;
import static org.palermo.core.identifiers.Neighbours.separatorOf;

import java.util.List;

/**
 * Pre-cleaning, after the DIG extractor's idea: marks the numbers that ads are full of and that are not phones
 * (prices, durations, times, dates, "24/7", heights, weights, ages, measurements, ordinals, percentages,
 * postcodes, ad ids and references) so that they never join a phone number. Each rule looks only at a number's
 * neighbours, so the pass is linear.
 */
final class NonPhoneNumbers {

    /** The chars each rule allows between a number and its neighbour. */
    private static final long INCH_GAP = chars(" '\"");
    private static final long STATE_GAP = chars(" ,");
    private static final long GROUP_GAP = chars(" -./()");
    private static final long UNIT_GAP = chars(" /.-");
    private static final long LABEL_GAP = chars(" :#.-");
    private static final long DECIMAL_MARKS = chars(".,:");
    private static final long DOT_OR_COLON = chars(".:");
    private static final long SLASH = chars("/");
    private static final long SLASH_OR_DASH = chars("/-");
    private static final long COLON = chars(":");

    private NonPhoneNumbers() {
    }

    static void mark(String text, List<Piece> pieces) {
        for (int k = 0; k < pieces.size(); k++) {
            Piece piece = pieces.get(k);
            if (piece.isNumber() && !piece.blocked && mayJoinAPhone(text, pieces, k)) {
                markAround(text, pieces, k);
            }
        }
    }

    /**
     * A short number with no number beside it can never become a phone, so the rules skip it: most of them are
     * everyday words ("to", "for", "one").
     */
    private static boolean mayJoinAPhone(String text, List<Piece> pieces, int k) {
        Piece piece = pieces.get(k);
        if (piece.digitCount() >= 7) {
            return true;
        }
        Piece previous = neighbour(pieces, k, -1);
        Piece next = neighbour(pieces, k, 1);
        return previous != null && previous.isNumber() && Separators.joinable(text, previous.end, piece.start)
                || next != null && next.isNumber() && Separators.joinable(text, piece.end, next.start);
    }

    private static void markAround(String text, List<Piece> pieces, int k) {
        Piece piece = pieces.get(k);
        int n = piece.digitCount();
        if (isMoney(text, piece) || hasUnitAfter(text, pieces, k, n) || hasLabelBefore(text, pieces, k, n)) {
            piece.blocked = true;
        }
        markTime(text, pieces, k, n);
        markSlashDate(text, pieces, k, n);
        markYearDate(text, pieces, k, n);
        markHeight(text, pieces, k, n);
        markTwentyFourSeven(text, pieces, k);
        markMeasurements(text, pieces, k);
        markDecimals(text, pieces, k, n);
    }

    /**
     * $200, $ 200, 200$, 100%. A currency sign glued between two numbers ({@code 555$123}) is a separator that
     * disguises a phone, not a price.
     */
    private static boolean isMoney(String text, Piece piece) {
        int before = piece.start - 1;
        if (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean signBefore = before >= 0 && "$£€¥₹".indexOf(text.charAt(before)) >= 0
                && (before == 0 || !Character.isLetterOrDigit(text.charAt(before - 1)));
        int after = piece.end;
        boolean signAfter = after < text.length() && "$£€%".indexOf(text.charAt(after)) >= 0
                && (after + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(after + 1)));
        return signBefore || signAfter;
    }

    private static boolean hasUnitAfter(String text, List<Piece> pieces, int k, int n) {
        Piece next = neighbour(pieces, k, 1);
        if (next == null || !next.hasWord() || !gapIs(text, pieces.get(k).end, next.start, UNIT_GAP, 3)) {
            return false;
        }
        Integer maxDigits = QuantityWords.maxDigitsBefore(next);
        return maxDigits != null && n <= maxDigits && standsAlone(text, pieces, k);
    }

    /**
     * Whether a number is not the last group of a longer number: "150 hr" is a price, but the 4567 of
     * "555 123 4567 incall" is the end of a phone.
     */
    private static boolean standsAlone(String text, List<Piece> pieces, int k) {
        Piece previous = neighbour(pieces, k, -1);
        return previous == null || !previous.isFreeNumber()
                || !gapIs(text, previous.end, pieces.get(k).start, GROUP_GAP, 3);
    }

    private static boolean hasLabelBefore(String text, List<Piece> pieces, int k, int n) {
        Piece previous = neighbour(pieces, k, -1);
        if (previous == null || !previous.hasWord() || !gapIs(text, previous.end, pieces.get(k).start, LABEL_GAP, 4)) {
            return false;
        }
        if (QuantityWords.isLabel(previous)) {
            return true;
        }
        boolean dayOrYear = n <= 2 || n == 4 && isYear(pieces.get(k).digits);
        return QuantityWords.isMonth(previous) && dayOrYear
                || n == 5 && QuantityWords.isUsState(previous) && gapIs(text, previous.end, pieces.get(k).start, STATE_GAP, 2);
    }

    /** 10:30, 9.30pm */
    private static void markTime(String text, List<Piece> pieces, int k, int n) {
        Piece next = neighbour(pieces, k, 1);
        if (n <= 2 && next != null && next.isNumber() && next.digitCount() == 2
                && gapIs(text, pieces.get(k).end, next.start, COLON, 1)) {
            block(pieces, k, k + 1);
        }
    }

    /** 12/25, 12/25/2015, 1/2 hour, 24/7 */
    private static void markSlashDate(String text, List<Piece> pieces, int k, int n) {
        Piece next = neighbour(pieces, k, 1);
        if (n <= 2 && next != null && next.isNumber() && (next.digitCount() <= 2 || isYear(next.digits))
                && gapIs(text, pieces.get(k).end, next.start, SLASH, 1)) {
            block(pieces, k, k + 1);
            Piece third = neighbour(pieces, k + 1, 1);
            if (third != null && third.isNumber() && (third.digitCount() == 2 || isYear(third.digits))
                    && gapIs(text, next.end, third.start, SLASH, 1)) {
                third.blocked = true;
            }
        }
    }

    /** 2015-06-12, 12.06.2015, 12-06-2015 */
    private static void markYearDate(String text, List<Piece> pieces, int k, int n) {
        Piece b = neighbour(pieces, k, 1);
        Piece c = neighbour(pieces, k, 2);
        if (b == null || c == null || !b.isNumber() || !c.isNumber() || b.digitCount() > 2) {
            return;
        }
        Piece a = pieces.get(k);
        boolean sameSeparator = separatorOf(text, a.end, b.start) != 0
                && separatorOf(text, a.end, b.start) == separatorOf(text, b.end, c.start);
        boolean isoDate = isYear(a.digits) && c.digitCount() <= 2;
        boolean dayFirst = n <= 2 && isYear(c.digits);
        if (sameSeparator && (isoDate || dayFirst)) {
            block(pieces, k, k + 2);
        }
    }

    /** 5'6, 5' 6", 5 ft 6 */
    private static void markHeight(String text, List<Piece> pieces, int k, int n) {
        Piece piece = pieces.get(k);
        if (n != 1 || piece.digits.charAt(0) < '4' || piece.digits.charAt(0) > '7') {
            return;
        }
        char after = charAfter(text, piece.end, 1);
        Piece next = neighbour(pieces, k, 1);
        boolean feetWord = next != null && (next.isWord("ft") || next.isWord("feet") || next.isWord("foot"));
        if (after != '\'' && after != '"' && !feetWord) {
            return;
        }
        piece.blocked = true;
        int inches = feetWord ? k + 2 : k + 1;
        if (inches < pieces.size() && pieces.get(inches).isNumber() && pieces.get(inches).digitCount() <= 2
                && gapIs(text, pieces.get(inches - 1).end, pieces.get(inches).start, INCH_GAP, 3)) {
            pieces.get(inches).blocked = true;
        }
    }

    /** 24/7, 24-7, 24x7 */
    private static void markTwentyFourSeven(String text, List<Piece> pieces, int k) {
        Piece piece = pieces.get(k);
        if (!"24".equals(piece.digits)) {
            return;
        }
        Piece next = neighbour(pieces, k, 1);
        if (next != null && "7".equals(next.digits) && gapIs(text, piece.end, next.start, SLASH_OR_DASH, 1)) {
            block(pieces, k, k + 1);
        }
        Piece afterX = neighbour(pieces, k, 2);
        if (next != null && next.isWord("x") && afterX != null && "7".equals(afterX.digits)) {
            block(pieces, k, k + 2);
        }
    }

    /** 36-24-36: three two-digit groups that nothing else joins. */
    private static void markMeasurements(String text, List<Piece> pieces, int k) {
        Piece a = pieces.get(k);
        Piece b = neighbour(pieces, k, 1);
        Piece c = neighbour(pieces, k, 2);
        if (a.digitCount() != 2 || b == null || c == null || b.digitCount() != 2 || c.digitCount() != 2
                || !gapIs(text, a.end, b.start, SLASH_OR_DASH, 1) || !gapIs(text, b.end, c.start, SLASH_OR_DASH, 1)) {
            return;
        }
        Piece d = neighbour(pieces, k, 3);
        Piece before = neighbour(pieces, k, -1);
        boolean alone = (d == null || !d.isNumber() || !gapIs(text, c.end, d.start, SLASH_OR_DASH, 1))
                && (before == null || !before.isNumber() || !gapIs(text, before.end, a.start, SLASH_OR_DASH, 1));
        if (alone) {
            block(pieces, k, k + 2);
        }
    }

    /** $200.00, 10.30 after a blocked number */
    private static void markDecimals(String text, List<Piece> pieces, int k, int n) {
        Piece piece = pieces.get(k);
        Piece next = neighbour(pieces, k, 1);
        if (piece.blocked && next != null && next.isNumber() && next.digitCount() <= 2
                && gapIs(text, piece.end, next.start, DECIMAL_MARKS, 1)) {
            next.blocked = true;
        }
        if (!piece.blocked && n <= 2 && next != null && next.blocked && next.digitCount() <= 2
                && gapIs(text, piece.end, next.start, DOT_OR_COLON, 1)) {
            piece.blocked = true;
        }
    }

}
