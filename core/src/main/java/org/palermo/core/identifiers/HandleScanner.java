package org.palermo.core.identifiers;

import java.util.List;
import java.util.Set;
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
    /** Bits for {@link #nextCandidate}: a word character, a keyword's opening (two characters), @ and $. */
    private static final int WORD = 1;
    private static final int OPENING = 2;
    private static final int SIGIL = 4;
    private static final byte[] CLASSES = classes();
    private static final byte[] PAIRS = pairs();
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
     * The first position at or after {@code from} where a handle may start: an '@' or a '$', or the start of a word
     * whose first two characters open a keyword ({@link Platforms#mayOpenKeyword}). The rest of a word never starts
     * a keyword and holds no '@' or '$'. The test is free of branches: word boundaries come too irregularly for
     * branch prediction, and most words start no keyword.
     */
    private static int nextCandidate(NormalizedText folded, int from) {
        int n = folded.length();
        if (from >= n) {
            return n;
        }
        int previousWord = from > 0 ? classOf(folded.charAt(from - 1)) & WORD : 0;
        char c = folded.charAt(from);
        for (int i = from; i < n; i++) {
            char next = i + 1 < n ? folded.charAt(i + 1) : ' ';
            int pair = PAIRS[Math.min(c, 127) << 7 | Math.min(next, 127)];
            // SIGIL starts a handle anywhere; OPENING only after a character that is not a word character
            if ((pair & (SIGIL | OPENING & ~(previousWord << 1))) != 0) {
                return i;
            }
            previousWord = pair & WORD;
            c = next;
        }
        return n;
    }

    /** For each pair of ASCII characters c, next: whether c is a word character, a sigil, or opens a keyword. */
    private static byte[] pairs() {
        byte[] pairs = new byte[128 * 128];
        for (char c = 0; c < 128; c++) {
            for (char next = 0; next < 128; next++) {
                pairs[c << 7 | next] = (byte) (CLASSES[c] | (Platforms.mayOpenKeyword(c, next) ? OPENING : 0));
            }
        }
        return pairs;
    }

    private static int classOf(char c) {
        return c < 128 ? CLASSES[c] : 0;
    }

    private static byte[] classes() {
        byte[] classes = new byte[128];
        for (char c = 0; c < 128; c++) {
            classes[c] = (byte) (isWordChar(c) ? WORD : 0);
        }
        classes['@'] = SIGIL;
        classes['$'] = SIGIL;
        return classes;
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
