package org.palermo.core.identifiers;

/** A candidate web link split into host and path; {@link #parse} returns null for what is not a link. */
record Link(String host, String path, boolean schemeOrWww) {

    /**
     * The link written in text[start, end), or null. Reads the text in place: strings are made only for a link,
     * since most candidates (sentence ends, decimals, abbreviations) are rejected.
     */
    static Link parse(String text, int start, int end) {
        int from = start;
        boolean explicit = false;
        if (startsWith(text, from, end, "http://") || startsWith(text, from, end, "https://")) {
            from = text.indexOf("://", from) + 3;
            explicit = true;
        }
        if (startsWith(text, from, end, "www.")) {
            from += 4;
            explicit = true;
        }
        int hostEnd = from;
        while (hostEnd < end && "/?#".indexOf(text.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        int hostStop = from;
        while (hostStop < hostEnd && text.charAt(hostStop) != ':') {
            hostStop++; // a port is not part of the host
        }
        if (!validHost(text, from, hostStop)) {
            return null;
        }
        int cut = hostEnd;
        while (cut < end && text.charAt(cut) != '?' && text.charAt(cut) != '#') {
            cut++;
        }
        while (cut > hostEnd && text.charAt(cut - 1) == '/') {
            cut--;
        }
        return new Link(text.substring(from, hostStop), text.substring(hostEnd, cut), explicit);
    }

    private static boolean startsWith(String text, int from, int end, String prefix) {
        return end - from >= prefix.length() && text.startsWith(prefix, from);
    }

    /** Whether text[start, end) is a host name: labels of a-z 0-9 - joined by single dots, ending in letters. */
    private static boolean validHost(String text, int start, int end) {
        if (start == end || text.charAt(start) == '.' || text.charAt(end - 1) == '.') {
            return false;
        }
        int lastDot = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (text.charAt(i - 1) == '.') {
                    return false;
                }
                lastDot = i;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        if (lastDot < 0) {
            return false;
        }
        for (int i = lastDot + 1; i < end; i++) {
            if (text.charAt(i) < 'a' || text.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    String topLevelDomain() {
        return host.substring(host.lastIndexOf('.') + 1);
    }

    boolean secondLevelHasLetter() {
        int last = host.lastIndexOf('.');
        int previous = host.lastIndexOf('.', last - 1);
        for (int i = previous + 1; i < last; i++) {
            if (host.charAt(i) >= 'a' && host.charAt(i) <= 'z') {
                return last - previous - 1 >= 2;
            }
        }
        return false;
    }

    String value() {
        return host + path;
    }

    /** The profile name in a platform link's path, or null ({@code /add/name} -> name, {@code /@name} -> name). */
    String profileName() {
        String[] segments = path.split("/");
        for (String segment : segments) {
            if (segment.isEmpty() || Platforms.isPathPrefix(segment)) {
                continue;
            }
            String name = segment.startsWith("@") || segment.startsWith("$") ? segment.substring(1) : segment;
            return HandleScanner.isName(name) ? name : null;
        }
        return null;
    }
}
