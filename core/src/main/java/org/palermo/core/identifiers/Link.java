package org.palermo.core.identifiers;

/** A candidate web link split into host and path; {@link #parse} returns null for what is not a link. */
record Link(String host, String path, boolean schemeOrWww) {

    static Link parse(String chunk) {
        String rest = chunk;
        boolean explicit = false;
        if (rest.startsWith("http://") || rest.startsWith("https://")) {
            rest = rest.substring(rest.indexOf("://") + 3);
            explicit = true;
        }
        if (rest.startsWith("www.")) {
            rest = rest.substring(4);
            explicit = true;
        }
        int hostEnd = 0;
        while (hostEnd < rest.length() && "/?#".indexOf(rest.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = rest.substring(0, hostEnd);
        int port = host.indexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        if (host.indexOf('@') >= 0 || !validHost(host)) {
            return null;
        }
        String path = rest.substring(hostEnd);
        int cut = 0;
        while (cut < path.length() && path.charAt(cut) != '?' && path.charAt(cut) != '#') {
            cut++;
        }
        path = path.substring(0, cut);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new Link(host, path, explicit);
    }

    private static boolean validHost(String host) {
        if (host.isEmpty() || host.startsWith(".") || host.endsWith(".") || host.contains("..")
                || host.indexOf('.') < 0) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        for (int i = 0; i < tld.length(); i++) {
            if (tld.charAt(i) < 'a' || tld.charAt(i) > 'z') {
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
