package org.palermo.core.identifiers;

import java.util.List;
import java.util.Set;
import org.palermo.core.text.NormalizedText;

/**
 * Finds web links with or without a scheme ({@code https://site.com/x}, {@code www.site.com}, {@code site.com/x});
 * a bare host needs a known top-level domain. Links to a profile on a social or payment platform
 * ({@code onlyfans.com/name}, {@code paypal.me/name}) become handles instead. E-mail addresses are left to
 * {@link EmailScanner}. Normalised value: lower-case host without {@code www.}, then the path without query,
 * fragment or trailing slash.
 */
final class UrlScanner {

    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of(
            "com", "net", "org", "info", "biz", "edu", "gov", "io", "co", "me", "us", "uk", "ca", "au", "de", "fr",
            "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "ru", "ua", "cz", "hu", "ro", "gr",
            "pt", "ie", "in", "jp", "cn", "hk", "sg", "my", "th", "ph", "id", "vn", "kr", "tw", "nz", "br", "ar",
            "mx", "cl", "pe", "za", "ng", "ke", "ae", "tr", "il", "xyz", "online", "site", "club", "top", "live",
            "app", "ly", "tv", "cc", "fm", "gg", "ai", "escort", "xxx", "sex", "adult", "porn", "eu", "asia",
            "mobi", "pro", "name", "link", "website", "page", "blog", "vip", "love", "dating", "ws", "la", "am",
            // special-use names (RFC 2606, RFC 6761): documentation, test data and the synthetic world use them
            "example", "test");

    /** Whitespace, '<', '>' and '|' among ASCII characters: what ends a link (see {@link #isBreak}). */
    private static final boolean[] ASCII_BREAKS = asciiBreaks();

    private UrlScanner() {
    }

    /**
     * Reads every chunk (a run of characters between link breaks) that holds a dot, except a chunk that ends right
     * after its first dot (a sentence's end: "now."): {@link #chunk} trims that dot, and no other dot is left, as
     * the dot is the first one after the previous chunk; so it finds nothing there.
     */
    static void scan(NormalizedText folded, List<Identifier> out) {
        scan(folded, true, out);
    }

    /** {@link #scan} without the shortcut for chunks that end after their first dot; tests compare both. */
    static void scanEveryChunk(NormalizedText folded, List<Identifier> out) {
        scan(folded, false, out);
    }

    private static void scan(NormalizedText folded, boolean skipSentenceEnds, List<Identifier> out) {
        String text = folded.text();
        int done = 0;
        int dot = text.indexOf('.');
        while (dot >= 0) {
            if (skipSentenceEnds && (dot + 1 == text.length() || isBreak(text.charAt(dot + 1)))) {
                done = dot + 1;
                dot = text.indexOf('.', done);
                continue;
            }
            int start = dot;
            while (start > done && !isBreak(text.charAt(start - 1))) {
                start--;
            }
            int end = dot + 1;
            while (end < text.length() && !isBreak(text.charAt(end))) {
                end++;
            }
            chunk(folded, start, end, out);
            done = end;
            dot = text.indexOf('.', end);
        }
    }

    private static void chunk(NormalizedText folded, int from, int to, List<Identifier> out) {
        String text = folded.text();
        int start = from;
        int end = to;
        while (start < end && "([{'\"*".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ".,;:!?)]}'\"*".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start < 4 || !containsDot(text, start, end)) {
            return;
        }
        Link link = Link.parse(text, start, end);
        if (link == null || !acceptable(link)) {
            return;
        }
        int originalStart = folded.originalStart(start);
        int originalEnd = folded.originalEnd(end);
        String written = folded.original().substring(originalStart, originalEnd);
        boolean disguised = folded.anyDisguisedLetterOrDigit(start, end);
        Platforms.Platform platform = Platforms.host(link.host());
        String profile = platform == null ? null : link.profileName();
        if (profile != null) {
            out.add(new Identifier(platform.type(), platform.code() + ":" + profile, disguised, written,
                    originalStart, originalEnd));
        } else {
            out.add(new Identifier(IdentifierType.URL, link.value(), disguised, written, originalStart, originalEnd));
        }
    }

    /** Whether the host name ending at {@code end} ends in a top-level domain of the known list. */
    static boolean knownTopLevelDomain(String text, int start, int end) {
        int dot = EmailScanner.lastDot(text, start, end);
        return dot >= 0 && TOP_LEVEL_DOMAINS.contains(text.substring(dot + 1, end));
    }

    private static boolean acceptable(Link link) {
        if (Platforms.host(link.host()) != null) {
            return true;
        }
        String tld = link.topLevelDomain();
        if (link.schemeOrWww()) {
            return tld.length() >= 2;
        }
        return TOP_LEVEL_DOMAINS.contains(tld) && link.secondLevelHasLetter();
    }

    private static boolean containsDot(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(char c) {
        return c < 128 ? ASCII_BREAKS[c] : Character.isWhitespace(c);
    }

    private static boolean[] asciiBreaks() {
        boolean[] breaks = new boolean[128];
        for (char c = 0; c < 128; c++) {
            breaks[c] = Character.isWhitespace(c) || c == '<' || c == '>' || c == '|';
        }
        return breaks;
    }
}
