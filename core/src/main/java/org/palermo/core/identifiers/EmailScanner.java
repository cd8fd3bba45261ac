package org.palermo.core.identifiers;

import java.util.List;
import java.util.Set;
import org.palermo.core.text.NormalizedText;

/**
 * Finds e-mail addresses, plain or spelled out: {@code name at domain dot com}, {@code name [at] domain [dot] com},
 * {@code name(at)domain.com}, {@code name @ domain . com}. Spelled-out markers are first rewritten into a view of
 * the text that remembers where each of its characters came from; a plain scanner then reads the view. A bare
 * " at " is only trusted when the domain's dot is spelled too or the domain is a known mail provider, so that
 * "see me at home.com" style text stays out; a bare or spaced @ also needs a known top-level domain, so that
 * "insta @jane.doe" stays a handle.
 */
final class EmailScanner {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    private static final Set<String> PROVIDERS = Set.of(
            "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol", "icloud", "me",
            "mac", "protonmail", "proton", "gmx", "mail", "yandex", "zoho", "comcast", "att", "verizon", "web",
            "qq", "163", "rocketmail", "tutanota");

    private EmailScanner() {
    }

    static void scan(NormalizedText folded, List<Identifier> out) {
        int source = MarkerView.firstEmailSource(folded);
        if (source >= 0) {
            scanView(folded, MarkerView.stopBefore(folded, source), out);
        }
    }

    /**
     * The scan itself over the view built from the stop {@code stop} on, without the cheap first look
     * ({@link MarkerView#firstEmailSource}); tests compare both.
     */
    static void scanView(NormalizedText folded, int stop, List<Identifier> out) {
        MarkerView view = MarkerView.of(folded, stop);
        String v = view.text();
        int from = 0;
        while (true) {
            int at = v.indexOf('@', from);
            if (at < 0) {
                return;
            }
            from = at + 1;
            int localStart = localStart(v, at);
            int domainEnd = domainEnd(v, at);
            if (localStart == at || !hasTopLevelDomain(v, at + 1, domainEnd)) {
                continue;
            }
            if (view.weakAt(at) && !view.anyDot(at + 1, domainEnd) && !knownProvider(v, at + 1, domainEnd)
                    || (view.weakAt(at) || view.spacedAt(at)) && !UrlScanner.knownTopLevelDomain(v, at + 1, domainEnd)) {
                continue;
            }
            out.add(email(folded, view, localStart, domainEnd));
            from = domainEnd;
        }
    }

    private static Identifier email(NormalizedText folded, MarkerView view, int start, int end) {
        int foldedStart = view.foldedStart(start);
        int foldedEnd = view.foldedEnd(end);
        boolean obfuscated = view.anyMarker(start, end) || folded.anyDisguisedLetterOrDigit(foldedStart, foldedEnd);
        int originalStart = folded.originalStart(foldedStart);
        int originalEnd = folded.originalEnd(foldedEnd);
        return new Identifier(IdentifierType.EMAIL, view.text().substring(start, end), obfuscated,
                folded.original().substring(originalStart, originalEnd), originalStart, originalEnd);
    }

    private static int localStart(String v, int at) {
        int i = at;
        while (i > 0 && at - i < MAX_LOCAL && isLocalChar(v.charAt(i - 1))) {
            i--;
        }
        while (i < at && (v.charAt(i) == '.' || v.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static int domainEnd(String v, int at) {
        int i = at + 1;
        while (i < v.length() && i - at < MAX_DOMAIN && isDomainChar(v.charAt(i))) {
            i++;
        }
        while (i > at + 1 && (v.charAt(i - 1) == '.' || v.charAt(i - 1) == '-')) {
            i--;
        }
        return i;
    }

    static boolean hasTopLevelDomain(String v, int start, int end) {
        int dot = lastDot(v, start, end);
        if (dot <= start || end - dot - 1 < 2 || end - dot - 1 > 24) {
            return false;
        }
        for (int i = dot + 1; i < end; i++) {
            if (v.charAt(i) < 'a' || v.charAt(i) > 'z') {
                return false;
            }
        }
        return v.charAt(dot - 1) != '.';
    }

    /** The last '.' in v[start, end), or -1; never looks outside the range. */
    static int lastDot(String v, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (v.charAt(i) == '.') {
                return i;
            }
        }
        return -1;
    }

    private static boolean knownProvider(String v, int start, int end) {
        int dot = v.indexOf('.', start);
        return dot > start && dot < end && PROVIDERS.contains(v.substring(start, dot));
    }

    static boolean isLocalChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '+'
                || c == '%';
    }

    static boolean isDomainChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }
}
