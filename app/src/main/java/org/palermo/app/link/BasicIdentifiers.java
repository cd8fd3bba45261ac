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
 * {@code core.identifiers} supersedes it once available. North American numbers use a fast pattern;
 * other regions use libphonenumber's matcher.
 */
public final class BasicIdentifiers implements Function<Ad, List<Identifier>> {

    private static final Pattern NANP = Pattern.compile(
            "(?<![\\d$])(?:\\+?1[\\s.-]?)?\\(?([2-9]\\d{2})\\)?[\\s.-]?(\\d{3})[\\s.-]?(\\d{4})(?![\\d])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern HANDLE = Pattern.compile(
            "(?i)\\b(instagram|insta|ig|snapchat|snap|telegram|whatsapp|kik|twitter|onlyfans)\\s*[:@-]?\\s*@?"
                    + "([A-Za-z0-9_.]{3,30})");

    private final String region;
    private final boolean northAmerica;

    public BasicIdentifiers(String region) {
        this.region = region.toUpperCase(Locale.ROOT);
        this.northAmerica = this.region.equals("US") || this.region.equals("CA");
    }

    @Override
    public List<Identifier> apply(Ad ad) {
        String text = ad.text();
        List<Identifier> found = new ArrayList<>();
        phones(text, found);
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            found.add(new Identifier(IdentifierType.EMAIL, email.group().toLowerCase(Locale.ROOT), false,
                    email.group(), email.start(), email.end()));
        }
        Matcher handle = HANDLE.matcher(text);
        while (handle.find()) {
            String value = handle.group(1).toLowerCase(Locale.ROOT) + ":" + handle.group(2).toLowerCase(Locale.ROOT);
            found.add(new Identifier(IdentifierType.HANDLE, value, false, handle.group(), handle.start(),
                    handle.end()));
        }
        return found;
    }

    private void phones(String text, List<Identifier> found) {
        if (northAmerica) {
            Matcher phone = NANP.matcher(text);
            while (phone.find()) {
                String e164 = "+1" + phone.group(1) + phone.group(2) + phone.group(3);
                found.add(new Identifier(IdentifierType.PHONE, e164, false, phone.group(), phone.start(),
                        phone.end()));
            }
            return;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        for (PhoneNumberMatch match : util.findNumbers(text, region)) {
            String e164 = util.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
            found.add(new Identifier(IdentifierType.PHONE, e164, false, match.rawString(), match.start(),
                    match.end()));
        }
    }
}
