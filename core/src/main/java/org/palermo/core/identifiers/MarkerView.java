package org.palermo.core.identifiers;

import org.palermo.core.text.NormalizedText;

/**
 * Folded text with spelled-out e-mail markers rewritten: {@code [at] (at) {at} <at>}, a spaced {@code @} and a
 * free-standing {@code at} become {@code @}; {@code [dot] (dot) {dot} <dot>} and a free-standing {@code dot}
 * become {@code .}. Remembers for every character of the view the folded range it came from.
 *
 * <p>The view is built left to right: at every position it reaches (a "stop"), a marker may begin (only at a space
 * or an opening bracket); a marker's characters are consumed, any other character is copied. A stop at a
 * character that cannot begin a marker is therefore always followed by a stop at the next position.
 */
final class MarkerView {

    private static final String[] AT_BRACKETED = {"[at]", "(at)", "{at}", "<at>", "[ at ]", "( at )"};
    private static final String[] DOT_BRACKETED = {"[dot]", "(dot)", "{dot}", "<dot>", "[ dot ]", "( dot )"};
    /** Beyond this many folded characters of one domain, {@link #mayHoldEmail} stops reasoning and says yes. */
    private static final int MAX_DOMAIN_WALK = 300;

    private final String text;
    private final int[] start;
    private final int[] end;
    /** 0 = copied, 1 = bracketed marker, 2 = free-standing "at" (weak), 3 = spelled dot, 4 = spaced @. */
    private final byte[] marker;

    private MarkerView(String text, int[] start, int[] end, byte[] marker) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.marker = marker;
    }

    /**
     * Where in the folded text the first '@' of the view that may begin an e-mail comes from, or -1 when the view
     * cannot hold an e-mail; decided without building the view. An e-mail needs an '@' in the view (written, or a
     * marker) followed by a domain with a top-level domain: a run of domain characters holding a dot right before
     * a letter. Every '@' of the view and the stop right after it are found from the folded text: a written '@' is
     * copied (the view goes on at the next character) or ends a spaced " @" marker (it goes on after the spaces);
     * a spelled "at" ends its marker after the spaces that follow it, or after a closing bracket and the spaces
     * after that. From each of these stops {@link #dottedDomainAt} follows the view. Never -1 where
     * {@link EmailScanner} could find an address, and never after the '@' of its first address.
     */
    static int firstEmailSource(NormalizedText folded) {
        String s = folded.text();
        int written = -1;
        for (int at = s.indexOf('@'); at >= 0 && written < 0; at = s.indexOf('@', at + 1)) {
            if (dottedDomainAt(folded, at + 1) || dottedDomainAt(folded, skipSpaces(folded, at + 1))) {
                written = at;
            }
        }
        int limit = written >= 0 ? written : s.length();
        for (int at = s.indexOf("at"); at >= 0 && at < limit; at = s.indexOf("at", at + 2)) {
            if (at > 0 && isSpaceOrOpening(folded.charAt(at - 1)) && at + 2 < s.length()
                    && isSpaceOrClosing(folded.charAt(at + 2))) {
                int after = skipSpaces(folded, at + 2);
                if (dottedDomainAt(folded, after)
                        || after < s.length() && isClosing(folded.charAt(after))
                        && dottedDomainAt(folded, skipSpaces(folded, after + 1))) {
                    return at;
                }
            }
        }
        return written;
    }

    /** Whether the view of this text may hold an e-mail (see {@link #firstEmailSource}). */
    static boolean mayHoldEmail(NormalizedText folded) {
        return firstEmailSource(folded) >= 0;
    }

    /**
     * A stop of the view at or before folded index {@code source} that no e-mail of the view reaches back over: 0,
     * or just after a character that is neither part of any marker nor of an address's local part (such as ',',
     * ':' or a line break). Such a character is never consumed by a marker, so the view copies it and stops right
     * after it; and it ends the local part of any address after it. A view built from there finds every address
     * whose '@' comes from {@code source} or later, at the same places.
     */
    static int stopBefore(NormalizedText folded, int source) {
        int stop = source;
        while (stop > 0 && !isBarrier(folded.charAt(stop - 1))) {
            stop--;
        }
        return stop;
    }

    private static boolean isBarrier(char c) {
        return !EmailScanner.isLocalChar(c) && !mayStartMarker(c) && !isClosing(c) && c != '@';
    }

    /**
     * Whether the view, from the stop at folded index {@code stop} on, starts with domain characters holding a dot
     * right before a letter. Domain characters never begin a marker, so they are copied and each is followed by a
     * stop; at a space or an opening bracket a spelled dot continues the domain, anything else ends it.
     */
    private static boolean dottedDomainAt(NormalizedText s, int stop) {
        int n = s.length();
        int j = stop;
        while (j < n) {
            if (j - stop > MAX_DOMAIN_WALK) {
                return true;
            }
            char c = s.charAt(j);
            if (c == '.') {
                if (j + 1 < n && isLetter(s.charAt(j + 1))) {
                    return true;
                }
                j++;
            } else if (EmailScanner.isDomainChar(c)) {
                j++;
            } else if (mayStartMarker(c)) {
                int[] hit = marker(s, j);
                if (hit == null || hit[2] != '.') {
                    return false;
                }
                if (hit[1] < n && isLetter(s.charAt(hit[1]))) {
                    return true;
                }
                j = hit[1];
            } else {
                return false;
            }
        }
        return false;
    }

    static MarkerView of(NormalizedText folded) {
        return of(folded, 0);
    }

    /** The view of folded[from, end), where {@code from} is a stop of the whole text's view (see {@link #stopBefore}). */
    static MarkerView of(NormalizedText folded, int from) {
        int n = folded.length();
        char[] out = new char[n - from];
        int[] start = new int[n - from];
        int[] end = new int[n - from];
        byte[] marker = new byte[n - from];
        int size = 0;
        int i = from;
        while (i < n) {
            char c = folded.charAt(i);
            int[] hit = mayStartMarker(c) ? marker(folded, i) : null;
            if (hit == null) {
                out[size] = c;
                start[size] = i;
                end[size] = i + 1;
                i++;
            } else {
                out[size] = (char) hit[2];
                start[size] = hit[0];
                end[size] = hit[1];
                marker[size] = (byte) hit[3];
                i = hit[1];
            }
            size++;
        }
        return new MarkerView(new String(out, 0, size), start, end, marker);
    }

    /** Only a space or an opening bracket can begin a marker (see {@link #marker}). */
    private static boolean mayStartMarker(char c) {
        return c == ' ' || c == '[' || c == '(' || c == '{' || c == '<';
    }

    /** {fromIndex, toIndex, replacement char, marker kind} of a marker starting at or around i, or null. */
    private static int[] marker(NormalizedText s, int i) {
        char c = s.charAt(i);
        if (i + 1 >= s.length() || !mayFollowMarkerStart(s.charAt(i + 1))) {
            return null; // every marker's second character is a space, an opening bracket, '@', 'a' or 'd'
        }
        if (c != ' ') {
            int[] at = bracketed(s, i, AT_BRACKETED, '@');
            return at != null ? at : bracketed(s, i, DOT_BRACKETED, '.');
        }
        int j = i;
        while (j < s.length() && j - i < 3 && s.charAt(j) == ' ') {
            j++;
        }
        if (j < s.length() && "[({<".indexOf(s.charAt(j)) >= 0) {
            int[] hit = marker(s, j);
            if (hit != null) {
                hit[0] = i;
                return hit;
            }
        }
        if (s.charAt(i + 1) == '@') {
            return new int[] {i, skipSpaces(s, i + 2), '@', 4};
        }
        if (word(s, i + 1, "at")) {
            return new int[] {i, skipSpaces(s, i + 3), '@', 2};
        }
        if (word(s, i + 1, "dot")) {
            return new int[] {i, skipSpaces(s, i + 4), '.', 3};
        }
        return null;
    }

    private static boolean mayFollowMarkerStart(char c) {
        return c == ' ' || c == 'a' || c == 'd' || c == '@' || c == '[' || c == '(' || c == '{' || c == '<';
    }

    private static int[] bracketed(NormalizedText s, int i, String[] forms, char replacement) {
        for (String form : forms) {
            if (s.text().startsWith(form, i)) {
                return new int[] {i, skipSpaces(s, i + form.length()), replacement, 1};
            }
        }
        return null;
    }

    /** Whether s holds {@code w} at i followed by a space (a free-standing word between spaces). */
    private static boolean word(NormalizedText s, int i, String w) {
        return s.text().startsWith(w, i) && i + w.length() < s.length() && s.charAt(i + w.length()) == ' ';
    }

    private static int skipSpaces(NormalizedText s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isSpaceOrOpening(char c) {
        return c == ' ' || c == '[' || c == '(' || c == '{' || c == '<';
    }

    private static boolean isSpaceOrClosing(char c) {
        return c == ' ' || isClosing(c);
    }

    private static boolean isClosing(char c) {
        return c == ']' || c == ')' || c == '}' || c == '>';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    String text() {
        return text;
    }

    int foldedStart(int viewIndex) {
        return start[viewIndex];
    }

    int foldedEnd(int viewEndExclusive) {
        return end[viewEndExclusive - 1];
    }

    boolean weakAt(int viewIndex) {
        return marker[viewIndex] == 2;
    }

    boolean spacedAt(int viewIndex) {
        return marker[viewIndex] == 4;
    }

    boolean anyDot(int from, int to) {
        for (int i = from; i < to; i++) {
            if (marker[i] == 3 || marker[i] == 1 && text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    boolean anyMarker(int from, int to) {
        for (int i = from; i < to; i++) {
            if (marker[i] != 0) {
                return true;
            }
        }
        return false;
    }
}
