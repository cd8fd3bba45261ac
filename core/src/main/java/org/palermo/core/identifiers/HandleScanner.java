package org.palermo.core.identifiers;

import java.util.List;
import java.util.Set;
import org.palermo.core.text.AsciiScan;
import org.palermo.core.text.NormalizedText;

/**
 * Finds social-media and payment handles: a platform word and a name ({@code IG: name}, {@code insta @name},
 * {@code snap: name}, {@code kik: name}, {@code telegram @name}, {@code venmo @name}, {@code cashapp $name},
 * {@code cash app: name}, {@code paypal: name@mail.com}), bare {@code @name} (value {@code handle:name}) and
 * cashtags {@code $name} (value {@code cashapp:name}; a cashtag starts with a letter, so prices like
 * {@code $200} never match).
 */
final class HandleScanner {

    private static final int MAX_NAME = 30;
    private static final int MAX_KEYWORD = 9;
    /** Classes of characters for {@link #nextCandidate}: other, '@' or '$', a digit, then each letter a-z. */
    private static final byte OTHER = 0;
    private static final byte SIGIL = 1;
    private static final byte DIGIT = 2;
    private static final byte FIRST_LETTER = 3;
    private static final int CLASS_COUNT = FIRST_LETTER + 26;
    private static final int CLASS_BITS = 5;
    private static final int WINDOW_MASK = (1 << 3 * CLASS_BITS) - 1;
    private static final byte[] CLASS = classes();
    private static final byte[] CANDIDATES = candidates();
    private static final int MAX_GAP = 5;
    private static final Set<String> NOT_CASHTAGS = Set.of(
            "hr", "hh", "hrs", "per", "each", "ea", "only", "usd", "cad", "aud", "special", "specials", "donation",
            "roses", "up", "and", "or", "for", "min", "mins", "off", "extra", "more", "less");

    private HandleScanner() {
    }

    static void scan(NormalizedText folded, List<Identifier> out) {
        int n = folded.length();
        int i = nextCandidate(folded, 0);
        while (i < n) {
            char c = folded.charAt(i);
            i = nextCandidate(folded, c == '@' || c == '$' ? sigil(folded, i, out) : keyword(folded, i, out));
        }
    }

    /**
     * As {@link #scan(NormalizedText, List)} for an all-ASCII text whose words {@code scan} found ({@code folded} is
     * its lower-cased text): the same candidates, a sigil anywhere or a word that starts with a keyword's opening,
     * taken from the sigils (found by {@code indexOf}, which the JDK runs over many chars at once) and the word
     * starts, instead of a table read at every char; a word is passed over unless its length, first and last
     * letter fit a keyword ({@link Platforms#mayBeKeyword}), which {@link #keyword} would check first. With a
     * null {@code scan} (a text not all ASCII), the scan above.
     */
    static void scan(NormalizedText folded, AsciiScan scan, List<Identifier> out) {
        if (scan == null) {
            scan(folded, out);
            return;
        }
        String text = folded.text();
        char[] chars = scan.lowered();
        int n = chars.length;
        int words = scan.words();
        int w = 0;
        int sigilAt = nextSigil(text, 0);
        int from = 0;
        while (true) {
            // a word that cannot be a keyword is passed over here: keyword() would return its end, and a word holds
            // no sigil
            while (w < words && (scan.start(w) < from || !opensKeyword(chars, scan.start(w), n)
                    || !Platforms.mayBeKeyword(text, scan.start(w), scan.end(w)))) {
                w++;
            }
            if (sigilAt < from) {
                sigilAt = nextSigil(text, from);
            }
            int i = Math.min(w < words ? scan.start(w) : n, sigilAt);
            if (i >= n) {
                return;
            }
            char c = chars[i];
            from = c == '@' || c == '$' ? sigil(folded, i, out) : keyword(folded, i, out);
        }
    }

    /** Whether the word starting at {@code start} opens a keyword: {@link #CANDIDATES} for a word start. */
    private static boolean opensKeyword(char[] chars, int start, int n) {
        return Platforms.mayOpenKeyword(chars[start], start + 1 < n ? chars[start + 1] : ' ');
    }

    /** The first '@' or '$' at or after {@code from}, else the text's length. */
    private static int nextSigil(String text, int from) {
        int at = text.indexOf('@', from);
        int dollar = text.indexOf('$', from);
        if (at < 0) {
            return dollar < 0 ? text.length() : dollar;
        }
        return dollar < 0 ? at : Math.min(at, dollar);
    }

    /**
     * The first position at or after {@code from} where a handle may start: an '@' or a '$', or the start of a word
     * whose first two characters open a keyword ({@link Platforms#mayOpenKeyword}). The rest of a word never starts
     * a keyword and holds no '@' or '$'. The test is free of branches: word boundaries come too irregularly for
     * branch prediction, and most words start no keyword. It reads one table entry per character: the classes of
     * the character before, the character and the one after, side by side in a window of bits.
     */
    private static int nextCandidate(NormalizedText folded, int from) {
        int n = folded.length();
        if (from >= n) {
            return n;
        }
        int window = (from > 0 ? CLASS[folded.charAt(from - 1)] : OTHER) << CLASS_BITS | CLASS[folded.charAt(from)];
        for (int i = from; i < n - 1; i++) {
            window = (window << CLASS_BITS | CLASS[folded.charAt(i + 1)]) & WINDOW_MASK;
            if (CANDIDATES[window] != 0) {
                return i;
            }
        }
        window = (window << CLASS_BITS | OTHER) & WINDOW_MASK; // the text ends as before a space
        return CANDIDATES[window] != 0 ? n - 1 : n;
    }

    /**
     * The class of every char (64 KB, one read per character): {@link #OTHER} for all but a-z, 0-9, '@' and '$';
     * the characters of one class are alike for {@link #nextCandidate}.
     */
    private static byte[] classes() {
        byte[] classes = new byte[Character.MAX_VALUE + 1];
        for (char c = '0'; c <= '9'; c++) {
            classes[c] = DIGIT;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            classes[c] = (byte) (FIRST_LETTER + c - 'a');
        }
        classes['@'] = SIGIL;
        classes['$'] = SIGIL;
        return classes;
    }

    /** A character of each class. */
    private static char representative(int c) {
        return c == OTHER ? ' ' : c == SIGIL ? '@' : c == DIGIT ? '0' : (char) ('a' + c - FIRST_LETTER);
    }

    /**
     * For the classes of three characters in a row (before, c, next): whether c may start a handle. A sigil starts
     * one anywhere, a keyword's opening only after a character that is no word character.
     */
    private static byte[] candidates() {
        byte[] candidates = new byte[WINDOW_MASK + 1];
        for (int before = 0; before < CLASS_COUNT; before++) {
            for (int c = 0; c < CLASS_COUNT; c++) {
                for (int next = 0; next < CLASS_COUNT; next++) {
                    boolean sigil = c == SIGIL;
                    boolean opening = !isWordChar(representative(before))
                            && Platforms.mayOpenKeyword(representative(c), representative(next));
                    candidates[(before << CLASS_BITS | c) << CLASS_BITS | next] = (byte) (sigil || opening ? 1 : 0);
                }
            }
        }
        return candidates;
    }

    /** A keyword-introduced handle starting at the word at i; returns where scanning continues. */
    static int keyword(NormalizedText folded, int i, List<Identifier> out) {
        String text = folded.text();
        int wordEnd = wordEnd(folded, i);
        if (wordEnd - i > MAX_KEYWORD || !Platforms.mayBeKeyword(text, i, wordEnd)
                || i > 0 && ".:/@".indexOf(text.charAt(i - 1)) >= 0
                || wordEnd < text.length() && text.charAt(wordEnd) == '.') {
            return wordEnd;
        }
        String word = text.substring(i, wordEnd);
        int keywordEnd = wordEnd;
        Platforms.Platform platform = null;
        int secondStart = wordEnd + 1;
        if (Platforms.startsPair(word) && secondStart < text.length() && text.charAt(wordEnd) == ' '
                && isWordChar(text.charAt(secondStart))) {
            int secondEnd = wordEnd(folded, secondStart);
            if (secondEnd - secondStart <= 5) {
                platform = Platforms.pair(word, text.substring(secondStart, secondEnd));
                keywordEnd = platform != null ? secondEnd : wordEnd;
            }
        }
        boolean strong = true;
        if (platform == null) {
            platform = Platforms.strong(word);
        }
        if (platform == null) {
            platform = Platforms.weak(word);
            strong = false;
        }
        if (platform == null) {
            return wordEnd;
        }
        return named(folded, i, keywordEnd, platform, strong, out);
    }

    private static int named(NormalizedText folded, int keywordStart, int keywordEnd, Platforms.Platform platform,
            boolean strong, List<Identifier> out) {
        String text = folded.text();
        int nameStart = keywordEnd;
        boolean marked = false;
        while (nameStart < text.length() && nameStart - keywordEnd < MAX_GAP && " :-=>@$~*".indexOf(text.charAt(nameStart)) >= 0) {
            marked |= text.charAt(nameStart) != ' ';
            nameStart++;
        }
        if (!marked && (!strong || nameStart == keywordEnd)) {
            return keywordEnd;
        }
        boolean payment = platform.type() == IdentifierType.PAYMENT;
        int nameEnd = nameEnd(text, nameStart, payment);
        String name = text.substring(nameStart, nameEnd);
        if (!isName(name) && !(payment && isEmailLike(name))) {
            return keywordEnd;
        }
        out.add(identifier(folded, platform.type(), platform.code() + ":" + name, keywordStart, nameEnd));
        return nameEnd;
    }

    /** A bare @name or a $cashtag at i; returns where scanning continues. */
    static int sigil(NormalizedText folded, int i, List<Identifier> out) {
        String text = folded.text();
        if (i > 0 && (isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            return i + 1;
        }
        int nameEnd = nameEnd(text, i + 1, false);
        String name = text.substring(i + 1, nameEnd);
        if (!isName(name) || name.indexOf('.') >= 0) {
            return Math.max(i + 1, nameEnd);
        }
        if (text.charAt(i) == '@') {
            out.add(identifier(folded, IdentifierType.HANDLE, "handle:" + name, i, nameEnd));
        } else if (Character.isLetter(name.charAt(0)) && !NOT_CASHTAGS.contains(name) && name.length() <= 21) {
            out.add(identifier(folded, IdentifierType.PAYMENT, "cashapp:" + name, i, nameEnd));
        }
        return nameEnd;
    }

    private static Identifier identifier(NormalizedText folded, IdentifierType type, String value, int start, int end) {
        int originalStart = folded.originalStart(start);
        int originalEnd = folded.originalEnd(end);
        return new Identifier(type, value, folded.anyDisguisedLetterOrDigit(start, end),
                folded.original().substring(originalStart, originalEnd), originalStart, originalEnd);
    }

    /** Whether a platform name is plausible: 2-30 of a-z 0-9 _ . with a letter, and not an everyday word. */
    static boolean isName(String name) {
        if (name.length() < 2 || name.length() > MAX_NAME || Platforms.NOT_NAMES.contains(name)) {
            return false;
        }
        boolean letter = false;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!isWordChar(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
            letter |= c >= 'a' && c <= 'z';
        }
        return letter && name.charAt(0) != '.' && name.charAt(0) != '-' && name.charAt(name.length() - 1) != '-';
    }

    private static boolean isEmailLike(String name) {
        int at = name.indexOf('@');
        return at > 0 && EmailScanner.hasTopLevelDomain(name, at + 1, name.length());
    }

    private static int nameEnd(String text, int start, boolean allowEmail) {
        int end = start;
        while (end < text.length() && end - start <= 64 && (isWordChar(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == '.' || allowEmail && "@-+".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        return end;
    }

    private static int wordEnd(NormalizedText text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
