package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A valid number written in any mix of the supported styles (digits, number words, "oh", look-alike letters,
 * fullwidth, circled, mathematical, keycap and Arabic-Indic digits, with any of the usual or odd separators)
 * extracts back to itself, its span covers exactly what was written, and it is flagged obfuscated exactly when
 * it was not written with ASCII digits and plain separators.
 */
class PhoneWrittenInAnyStyleProperties {

    private static final String[] AREA_CODES = {"212", "213", "305", "312", "404", "415", "503", "617", "702", "713",
        "202", "206", "214", "303", "602", "614", "619", "646", "704", "818"};
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine"};
    private static final String[] SEPARATORS = {"", " ", "-", ".", " - ", "\n", "_", "*", "  ", " ~ ", "/", "•"};

    enum Style { ASCII, WORD, OH, LOOK_ALIKE, FULLWIDTH, CIRCLED, MATH_BOLD, KEYCAP, ARABIC_INDIC }

    record Written(String e164, String text, boolean plain) {
    }

    @Property(tries = 500)
    void numberWrittenInAnyStyleExtractsBackToItself(@ForAll("writtenNumbers") Written written) {
        String text = "call me " + written.text() + " xoxo";
        List<Identifier> phones = Extraction.ofType(text, "US", IdentifierType.PHONE);
        assertThat(phones).extracting(Identifier::value).containsExactly(written.e164());
        Identifier phone = phones.get(0);
        assertThat(phone.start()).isEqualTo("call me ".length());
        assertThat(phone.end()).isEqualTo("call me ".length() + written.text().length());
        assertThat(phone.text()).isEqualTo(written.text());
        assertThat(phone.obfuscated()).isEqualTo(!written.plain());
    }

    @Provide
    Arbitrary<Written> writtenNumbers() {
        Arbitrary<String> area = Arbitraries.of(AREA_CODES);
        Arbitrary<String> exchange = Arbitraries.integers().between(200, 999).map(String::valueOf)
                .filter(e -> !e.endsWith("11"));
        Arbitrary<String> line = Arbitraries.integers().between(0, 9999).map(n -> String.format("%04d", n));
        Arbitrary<List<Style>> styles = Arbitraries.of(Style.class).list().ofSize(10);
        Arbitrary<List<String>> separators = Arbitraries.of(SEPARATORS).list().ofSize(2);
        Arbitrary<Boolean> upper = Arbitraries.of(true, false);
        return Combinators.combine(area, exchange, line, styles, separators, upper)
                .as((a, e, l, s, sep, up) -> write(a + e + l, s, sep, up));
    }

    private static Written write(String digits, List<Style> chosen, List<String> separators, boolean upper) {
        Assume.that(valid(digits));
        List<Style> styles = new ArrayList<>(chosen);
        int[][] groups = {{0, 3}, {3, 6}, {6, 10}};
        StringBuilder text = new StringBuilder();
        boolean plain = true;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) {
                String separator = separators.get(g - 1);
                text.append(separator);
                plain &= separator.chars().allMatch(c -> " -./".indexOf(c) >= 0);
            }
            for (int i = groups[g][0]; i < groups[g][1]; i++) {
                Style style = settle(styles, i, groups[g][0], groups[g][1], digits);
                text.append(render(style, digits.charAt(i), upper));
                plain &= style == Style.ASCII;
            }
        }
        return new Written("+1" + digits, text.toString(), plain);
    }

    /**
     * Look-alike letters are only read inside a token that also holds a digit, and only where they cannot merge
     * with a neighbouring number word, so they need a digit-form neighbour in their group and an "o" never follows
     * "two" or "zero" ("twoo" is read as a stretched "two"); "oh" is a number word for 0 only.
     */
    private static Style settle(List<Style> styles, int i, int from, int to, String digits) {
        Style style = styles.get(i);
        char digit = digits.charAt(i);
        if (style == Style.OH && digit != '0' || style == Style.LOOK_ALIKE && digit != '0' && digit != '1') {
            style = Style.WORD;
        }
        if (style == Style.LOOK_ALIKE) {
            boolean left = i > from && isDigitForm(styles.get(i - 1));
            boolean right = i + 1 < to && isDigitForm(styles.get(i + 1));
            boolean afterWordEndingInO = i > 0 && styles.get(i - 1) == Style.WORD
                    && (digits.charAt(i - 1) == '2' || digits.charAt(i - 1) == '0');
            if (!left && !right || digit == '0' && afterWordEndingInO) {
                style = Style.ASCII;
            }
        }
        styles.set(i, style);
        return style;
    }

    private static boolean isDigitForm(Style style) {
        return style != Style.WORD && style != Style.OH && style != Style.LOOK_ALIKE;
    }

    private static String render(Style style, char digit, boolean upper) {
        int d = digit - '0';
        switch (style) {
            case WORD:
                return upper ? WORDS[d].toUpperCase() : WORDS[d];
            case OH:
                return upper ? "OH" : "oh";
            case LOOK_ALIKE:
                return d == 0 ? (upper ? "O" : "o") : (upper ? "I" : "l");
            case FULLWIDTH:
                return new String(Character.toChars(0xFF10 + d));
            case CIRCLED:
                return new String(Character.toChars(d == 0 ? 0x24EA : 0x2460 + d - 1));
            case MATH_BOLD:
                return new String(Character.toChars(0x1D7CE + d));
            case KEYCAP:
                return digit + "\uFE0F\u20E3";
            case ARABIC_INDIC:
                return new String(Character.toChars(0x0660 + d));
            default:
                return String.valueOf(digit);
        }
    }

    private static boolean valid(String digits) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.isValidNumber(util.parse(digits, "US"));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
