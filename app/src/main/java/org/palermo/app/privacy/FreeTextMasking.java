package org.palermo.app.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks text whose identifiers are not at hand (a template's display text, an ad title in an alert list): the
 * names it introduces ({@link Masking#names}), and what looks like a phone number or an email address. Same length
 * as the input. Where the identifier spans are known, mask with them instead ({@link Masking#text}).
 */
public final class FreeTextMasking {

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d[\\d ().-]{5,}\\d");
    private static final Pattern EMAIL_LIKE = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private FreeTextMasking() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Masking.Span> spans = new ArrayList<>(Masking.names(text));
        add(spans, PHONE_LIKE.matcher(text), Masking.Kind.PHONE);
        add(spans, EMAIL_LIKE.matcher(text), Masking.Kind.EMAIL);
        return Masking.text(text, spans);
    }

    private static void add(List<Masking.Span> spans, Matcher matcher, Masking.Kind kind) {
        while (matcher.find()) {
            spans.add(new Masking.Span(matcher.start(), matcher.end(), kind));
        }
    }
}
