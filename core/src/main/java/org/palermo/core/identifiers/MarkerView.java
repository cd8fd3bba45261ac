package org.palermo.core.identifiers;

/**
 * Folded text with spelled-out e-mail markers rewritten: {@code [at] (at) {at} <at>}, a spaced {@code @} and a
 * free-standing {@code at} become {@code @}; {@code [dot] (dot) {dot} <dot>} and a free-standing {@code dot}
 * become {@code .}. Remembers for every character of the view the folded range it came from.
 */
final class MarkerView {

    private static final String[] AT_BRACKETED = {"[at]", "(at)", "{at}", "<at>", "[ at ]", "( at )"};
    private static final String[] DOT_BRACKETED = {"[dot]", "(dot)", "{dot}", "<dot>", "[ dot ]", "( dot )"};

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

    /** A cheap first look: an '@', or "at" standing free or in brackets somewhere in the text. */
    static boolean mayHoldEmail(String folded) {
        if (folded.indexOf('@') >= 0) {
            return true;
        }
        int at = folded.indexOf("at");
        while (at >= 0) {
            boolean openBefore = at > 0 && " [({<".indexOf(folded.charAt(at - 1)) >= 0;
            boolean closeAfter = at + 2 < folded.length() && " ])}>".indexOf(folded.charAt(at + 2)) >= 0;
            if (openBefore && closeAfter) {
                return true;
            }
            at = folded.indexOf("at", at + 2);
        }
        return false;
    }

    static MarkerView of(String folded) {
        char[] source = folded.toCharArray(); // the loop reads an array, not String.charAt
        int n = source.length;
        char[] out = new char[n];
        int[] start = new int[n];
        int[] end = new int[n];
        byte[] marker = new byte[n];
        int size = 0;
        int i = 0;
        while (i < n) {
            char c = source[i];
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
    private static int[] marker(String s, int i) {
        char c = s.charAt(i);
        if (c == '[' || c == '(' || c == '{' || c == '<') {
            int[] at = bracketed(s, i, AT_BRACKETED, '@');
            return at != null ? at : bracketed(s, i, DOT_BRACKETED, '.');
        }
        if (c == ' ') {
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
        }
        if (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == '@') {
            return new int[] {i, skipSpaces(s, i + 2), '@', 4};
        }
        if (c == ' ' && word(s, i + 1, "at")) {
            return new int[] {i, skipSpaces(s, i + 3), '@', 2};
        }
        if (c == ' ' && word(s, i + 1, "dot")) {
            return new int[] {i, skipSpaces(s, i + 4), '.', 3};
        }
        return null;
    }

    private static int[] bracketed(String s, int i, String[] forms, char replacement) {
        for (String form : forms) {
            if (s.startsWith(form, i)) {
                return new int[] {i, skipSpaces(s, i + form.length()), replacement, 1};
            }
        }
        return null;
    }

    /** Whether s holds {@code w} at i followed by a space (a free-standing word between spaces). */
    private static boolean word(String s, int i, String w) {
        return s.startsWith(w, i) && i + w.length() < s.length() && s.charAt(i + w.length()) == ' ';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
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
