package org.palermo.app.link;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierType;

/**
 * A plain extractor of the identifiers written in clear (phones, emails, platform handles) for linking when no
 * screening output with identifiers is given. It does not decode obfuscation; the identifiers extractor of
 * {@code core.identifiers} supersedes it once available. Phones are read in the ad's country (else the default
 * region): North American numbers with a fast scan, other countries with libphonenumber's matcher. URLs are
 * host names with a dot and a top-level domain, without the scheme.
 */
public final class BasicIdentifiers implements Function<Ad, List<Identifier>> {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern HANDLE = Pattern.compile(
            "(?i)\\b(instagram|insta|ig|snapchat|snap|telegram|whatsapp|kik|twitter|onlyfans)\\s*[:@-]?\\s*@?"
                    + "([A-Za-z0-9_.]{3,30})");

    private static final String[] PLATFORM_WORDS = {"insta", "ig", "snap", "telegram", "whatsapp", "kik",
        "twitter", "onlyfans"};

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://)?((?:www\\.)?[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:[a-z]{2,12}))"
                    + "(?:/[^\\s]*)?(?![a-z0-9@-])");

    private final String region;

    /** @param region phone region for ads that state no country (ISO 3166 code) */
    public BasicIdentifiers(String region) {
        this.region = region.toUpperCase(Locale.ROOT);
    }

    @Override
    public List<Identifier> apply(Ad ad) {
        String text = ad.text();
        List<Identifier> found = new ArrayList<>();
        String country = ad.country() == null || ad.country().isBlank() ? region : ad.country().toUpperCase(Locale.ROOT);
        phones(text, country, found);
        Matcher url = URL.matcher(text);
        while (text.indexOf('.') >= 0 && url.find()) {
            if (url.start() > 0 && text.charAt(url.start() - 1) == '@') {
                continue;
            }
            String value = url.group(1).toLowerCase(Locale.ROOT);
            found.add(new Identifier(IdentifierType.URL, value, false, url.group(), url.start(), url.end()));
        }
        Matcher email = EMAIL.matcher(text);
        while (text.indexOf('@') >= 0 && email.find()) {
            found.add(new Identifier(IdentifierType.EMAIL, email.group().toLowerCase(Locale.ROOT), false,
                    email.group(), email.start(), email.end()));
        }
        Matcher handle = HANDLE.matcher(text);
        while (mayHaveHandle(text) && handle.find()) {
            String value = handle.group(1).toLowerCase(Locale.ROOT) + ":" + handle.group(2).toLowerCase(Locale.ROOT);
            found.add(new Identifier(IdentifierType.HANDLE, value, false, handle.group(), handle.start(),
                    handle.end()));
        }
        return found;
    }

    /**
     * Ten digits (or eleven starting with 1) written with at most one separator ({@code space . - ( ) +})
     * between digits, not touching other digits: 555-201-3344, (555) 201 3344, +1 555.201.3344.
     */
    private static void northAmericanPhones(String text, List<Identifier> found) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isDigit(c) || (i > 0 && (isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '$'))) {
                i++;
                continue;
            }
            int start = i > 0 && (text.charAt(i - 1) == '(' || text.charAt(i - 1) == '+') ? i - 1 : i;
            StringBuilder digits = new StringBuilder(11);
            int end = i;
            int j = i;
            while (j < n && digits.length() < 12) {
                char d = text.charAt(j);
                if (isDigit(d)) {
                    digits.append(d);
                    end = ++j;
                } else if (j + 1 < n && isSeparator(d) && (isDigit(text.charAt(j + 1))
                        || (j + 2 < n && isSeparator(text.charAt(j + 1)) && isDigit(text.charAt(j + 2))))) {
                    j++;
                } else {
                    break;
                }
            }
            String number = digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits.toString();
            if (number.length() == 10 && number.charAt(0) >= '2') {
                found.add(new Identifier(IdentifierType.PHONE, "+1" + number, false, text.substring(start, end),
                        start, end));
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+';
    }

    private static boolean mayHaveHandle(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String platform : PLATFORM_WORDS) {
            if (lower.contains(platform)) {
                return true;
            }
        }
        return false;
    }

    private static void phones(String text, String country, List<Identifier> found) {
        if (country.equals("US") || country.equals("CA")) {
            northAmericanPhones(text, found);
            return;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        for (PhoneNumberMatch match : util.findNumbers(text, country)) {
            String e164 = util.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
            found.add(new Identifier(IdentifierType.PHONE, e164, false, match.rawString(), match.start(),
                    match.end()));
        }
    }
}
