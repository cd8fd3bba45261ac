package org.palermo.app.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Privacy by default: how the console and the API show phones, emails, handles, payment handles and person names
 * until an authorised person reveals them with a reason. Masking keeps enough to tell two values apart at a glance
 * ({@code +15552013344} becomes {@code +1555•••••44}) and never enough to call or write to anyone.
 *
 * <p>Masking an ad's text keeps its length ({@link #text}): every letter or digit of a sensitive span becomes
 * {@value #DOT_TEXT} or is kept, separators stay. So offsets into the clear text (indicator and identifier spans)
 * stay valid in the masked text, and highlighting works the same on both.
 */
public final class Masking {

    public static final char DOT = '\u2022';
    static final String DOT_TEXT = "\u2022";

    /** What kind of personal data a span of text or a value is. */
    public enum Kind {
        PHONE, EMAIL, HANDLE, PAYMENT, NAME;

        /** The kind of an identifier type code ({@code phone}, {@code email}, ...), or null when not personal. */
        public static Kind ofType(String type) {
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "phone" -> PHONE;
                case "email" -> EMAIL;
                case "handle" -> HANDLE;
                case "payment" -> PAYMENT;
                case "name" -> NAME;
                default -> null;
            };
        }
    }

    /** A sensitive span {@code [start, end)} of a text. */
    public record Span(int start, int end, Kind kind) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("span must have 0 <= start <= end, was " + start + ".." + end);
            }
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Names introduced in an ad: "my name is Anna", "I'm Lola", "ask for Maria", "call me Jade", "meet Nina". */
    private static final Pattern INTRODUCED_NAME = Pattern.compile(
            "\\b(?:[Ii]'?m|I am|[Mm]y name is|[Nn]ame'?s|[Nn]ame is|[Cc]all me|[Aa]sk for|[Tt]his is|[Mm]eet)\\s+"
                    + "([A-Z][a-z]{2,15})\\b");
    /** Capitalised words after a cue that are not names ("I'm Available", "Meet Tonight"). */
    private static final Set<String> NOT_NAMES = Set.of("available", "back", "here", "new", "ready", "sweet", "young",
            "your", "the", "now", "today", "tonight", "real", "very", "not", "just", "only", "also", "always", "open",
            "free", "fun", "friendly", "beautiful", "independent", "visiting", "waiting", "looking", "discreet",
            "professional", "clean", "safe", "happy", "anytime", "incall", "outcall", "text", "call", "our", "this",
            "that", "tall", "blonde", "brunette", "mature", "educated", "experienced", "easy", "from", "with", "and",
            "for", "sure", "all", "any", "one", "who", "what", "soft", "slim", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "downtown", "in", "out");

    private Masking() {}

    /** Whether values of this identifier type code are masked (phones, emails, handles, payment handles). */
    public static boolean personal(String type) {
        return Kind.ofType(type) != null;
    }

    /**
     * A masked identifier value: {@code +15552013344} as {@code +1555•••••44}, {@code anna.b@example.org} as
     * {@code a•••••@•••••••.org}, {@code instagram:lola_23} as {@code instagram:l•••••••}. Values of other types
     * (URLs) come back unchanged.
     */
    public static String value(String type, String value) {
        Kind kind = Kind.ofType(type);
        if (kind == null || value == null) {
            return value;
        }
        return switch (kind) {
            case PHONE -> phoneValue(value);
            case EMAIL -> email(value);
            case HANDLE, PAYMENT -> handle(value);
            case NAME -> name(value);
        };
    }

    /** A masked identifier key as networks name them ({@code phone:+15552013344} as {@code phone:+1555•••••44}). */
    public static String key(String key) {
        if (key == null) {
            return null;
        }
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return key;
        }
        String type = key.substring(0, colon);
        return personal(type) ? type + ":" + value(type, key.substring(colon + 1)) : key;
    }

    /** A masked person name: {@code Anna} as {@code A•••}. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + DOT_TEXT.repeat(Math.max(1, name.length() - 1));
    }

    /** The spans of names the text introduces (see {@link #INTRODUCED_NAME}); a heuristic, like core's. */
    public static List<Span> names(String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null) {
            return spans;
        }
        Matcher matcher = INTRODUCED_NAME.matcher(text);
        while (matcher.find()) {
            if (!NOT_NAMES.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                spans.add(new Span(matcher.start(1), matcher.end(1), Kind.NAME));
            }
        }
        return spans;
    }

    /**
     * The text with every span masked, same length: letters and digits become dots except what identifies the kind
     * (a phone's last two digits, an email's first letter, '@' and top-level domain, a handle's first character,
     * a name's initial). Spans outside the text are clipped; overlapping spans are all masked.
     */
    public static String text(String text, List<Span> spans) {
        if (text == null || spans.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (Span span : spans) {
            int start = Math.min(span.start(), out.length);
            int end = Math.min(span.end(), out.length);
            if (start < end) {
                String masked = maskSpan(text.substring(start, end), span.kind());
                masked.getChars(0, masked.length(), out, start);
            }
        }
        return new String(out);
    }

    /** One span of text masked by its kind, same length. */
    static String maskSpan(String written, Kind kind) {
        return switch (kind) {
            case PHONE -> keepLastDigits(written, 2);
            case EMAIL -> email(written);
            case HANDLE, PAYMENT, NAME -> keepFirst(written, 1);
        };
    }

    private static String phoneValue(String value) {
        int digits = (int) value.chars().filter(Character::isDigit).count();
        int keepFirst = digits >= 9 ? 4 : 0;
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (char c : value.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen <= keepFirst || seen > digits - 2 ? c : DOT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String keepLastDigits(String written, int keep) {
        int digits = (int) written.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(written.length());
        int seen = 0;
        for (char c : written.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - keep && digits > keep + 2 ? c : DOT);
            } else {
                out.append(Character.isLetter(c) ? DOT : c);
            }
        }
        return out.toString();
    }

    private static String email(String email) {
        int at = email.indexOf('@');
        int dot = email.lastIndexOf('.');
        StringBuilder out = new StringBuilder(email.length());
        boolean keptFirst = false;
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            boolean tld = at >= 0 && dot > at && i > dot;
            if (!Character.isLetterOrDigit(c) || tld) {
                out.append(c);
            } else if (!keptFirst) {
                out.append(c);
                keptFirst = true;
            } else {
                out.append(DOT);
            }
        }
        return out.toString();
    }

    /** Keeps a platform prefix ({@code instagram:}) and the first letter or digit of the name. */
    private static String handle(String value) {
        int colon = value.indexOf(':');
        return colon > 0 ? value.substring(0, colon + 1) + keepFirst(value.substring(colon + 1), 1)
                : keepFirst(value, 1);
    }

    private static String keepFirst(String written, int keep) {
        StringBuilder out = new StringBuilder(written.length());
        int kept = 0;
        for (char c : written.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (kept < keep) {
                out.append(c);
                kept++;
            } else {
                out.append(DOT);
            }
        }
        return out.toString();
    }
}
