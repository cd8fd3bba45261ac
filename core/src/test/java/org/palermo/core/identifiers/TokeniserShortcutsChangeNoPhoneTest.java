package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.palermo.core.text.AsciiScan;
import org.palermo.core.text.NormalizedText;
import org.palermo.core.text.TextNormalizer;

/**
 * The phone tokeniser's shortcuts (words far from any number left out, letters-only tokens rejected by their
 * outline and a bit-set walk before any decoding, a token rejected by reachability before its cheapest path is
 * built) find exactly the phones, spans and flags that the plain tokeniser ({@link EveryTokenAPiece}) finds, on
 * random texts dense with the numbers, units, labels and separators that the pre-cleaning rules look at; and the
 * decoders agree with the full segmentation.
 */
class TokeniserShortcutsChangeNoPhoneTest {

    private static final String[] TOKENS = {
        "1", "2", "4", "5", "6", "7", "9", "0", "00", "011", "12", "19", "24", "30", "36", "44", "555", "415", "867",
        "702", "4567", "5309", "2015", "1999", "12345", "4158675309", "14158675309", "447911123456", "020",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero", "niner", "oh", "o", "to",
        "too", "for", "ate", "ten", "thirteen", "twenty", "fourty", "ninety", "sixx", "fivee", "twentyone",
        "sixseven", "oneoh", "for80", "4l5", "53o9", "1oo", "8o", "6two13", "f0ur", "zer0", "n1ne", "7O2", "l5o",
        "ft", "feet", "foot", "x", "hr", "hrs", "h", "am", "pm", "yo", "yrs", "st", "th", "k", "usd", "roses",
        "incall", "min", "lbs", "age", "id", "ref", "zip", "suite", "height", "since", "jan", "may", "june", "ca",
        "ny", "tx", "in", "the", "call", "me", "text", "only", "other", "on", "at", "see", "new", "b", "tone",
        "often", "eighteen", "seventh", "fourth", "é", "Ünited", "CALL", "Oh", "ＦＩＶＥ", "٣", "５", "abc123",
        "5ft", "2pm", "ïd", "one١", "ßix",
    };
    private static final String[] SEPARATORS = {
        " ", " ", " ", "  ", "", "-", " - ", ".", "/", ":", "'", "\"", "$", " $", "£", "%", "@", "&", "+", "+ ",
        "(", ")", " (", ") ", "#", ",", ", ", "\n", "\n\n\n", "*", "•", " x ", "|", "_", "~", "..", "--", "$$",
        "         ", "\u200B", "\t",
    };

    @Test
    void findsTheSamePhonesAsThePlainTokeniserOnRandomTexts() {
        PhoneScanner scanner = new PhoneScanner(PhoneValidator::validate);
        Random random = new Random(20261125);
        int withPhones = 0;
        int ascii = 0;
        for (int t = 0; t < 30_000; t++) {
            String text = randomText(random);
            NormalizedText folded = TextNormalizer.normalize(text);
            String region = random.nextInt(4) == 0 ? "GB" : "US";
            List<Identifier> fast = new ArrayList<>();
            scanner.scan(folded, region, fast);
            List<Identifier> plain = new ArrayList<>();
            scanner.scanPieces(folded, EveryTokenAPiece.split(folded.text()), region, plain);
            assertThat(fast).as(folded.original()).isEqualTo(plain);
            withPhones += fast.isEmpty() ? 0 : 1;
            AsciiScan scan = AsciiScan.of(text);
            if (scan != null) { // the tokens of the one-pass scan of an ASCII text, too
                List<Identifier> scanned = new ArrayList<>();
                scanner.scan(TextNormalizer.normalize(scan), scan, region, scanned);
                assertThat(scanned).as("from the ASCII scan: %s", text).isEqualTo(plain);
                ascii++;
            }
        }
        assertThat(withPhones).as("texts with a phone, so that the comparison means something").isGreaterThan(3000);
        assertThat(ascii).as("ASCII texts, read from the one-pass scan").isGreaterThan(3000);
    }

    @Test
    void decodesLettersOnlyTokensAsTheGeneralDecoderDoes() {
        Random random = new Random(7);
        String[] parts = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "niner",
            "oh", "o", "to", "too", "for", "ate", "ten", "eleven", "twelve", "thirteen", "fifteen", "twenty",
            "forty", "fourty", "ninety", "x", "e", "n", "t", "r", "s", "h", "a", "th", "on", "the"};
        int numbers = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder token = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                token.append(parts[random.nextInt(parts.length)]);
            }
            String text = token.length() > 45 ? token.substring(0, 1 + random.nextInt(45)) : token.toString();
            NumberWords.Decoded general = NumberWords.decode(text, 0, text.length());
            assertThat(NumberWords.decodeLetters(text, text.toCharArray(), 0, text.length()))
                    .as(text).isEqualTo(general);
            numbers += general == null ? 0 : 1;
        }
        assertThat(numbers).isGreaterThan(20_000);
    }

    @Test
    void decodesEveryOneTwoAndThreeLetterTokenAsTheGeneralDecoderDoes() {
        for (char a = 'a'; a <= 'z'; a++) {
            String one = String.valueOf(a);
            assertThat(NumberWords.decodeLetters(one, one.toCharArray(), 0, 1)).as(one)
                    .isEqualTo(NumberWords.decode(one, 0, 1));
            for (char b = 'a'; b <= 'z'; b++) {
                String two = one + b;
                assertThat(NumberWords.decodeLetters(two, two.toCharArray(), 0, 2)).as(two)
                        .isEqualTo(NumberWords.decode(two, 0, 2));
                for (char c = 'a'; c <= 'z'; c++) {
                    String three = two + c;
                    assertThat(NumberWords.decodeLetters(three, three.toCharArray(), 0, 3)).as(three)
                            .isEqualTo(NumberWords.decode(three, 0, 3));
                }
            }
        }
    }

    @Test
    void rejectsWithoutAPathExactlyTheTokensThatHaveNone() {
        Random random = new Random(11);
        String[] parts = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "niner",
            "oh", "o", "to", "too", "for", "ate", "ten", "thirteen", "twenty", "fourty", "0", "1", "3", "5", "9",
            "l", "i", "e", "x", "t", "h", "s", "f0ur", "zer0", "n1ne", "s3ven", "th1rt33n", "pm", "ft", "usd"};
        int numbers = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder token = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                token.append(parts[random.nextInt(parts.length)]);
            }
            String text = token.length() > 40 ? token.substring(0, 1 + random.nextInt(40)) : token.toString();
            boolean hasDigit = text.chars().anyMatch(c -> c >= '0' && c <= '9');
            NumberWords.Decoded full = NumberWords.cheapestPath(text, 0, text.length(), hasDigit);
            assertThat(NumberWords.decode(text, 0, text.length())).as(text).isEqualTo(full);
            numbers += full == null ? 0 : 1;
        }
        assertThat(numbers).isGreaterThan(20_000);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int tokens = 1 + random.nextInt(40);
        for (int k = 0; k < tokens; k++) {
            if (k > 0) {
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            text.append(random.nextInt(8) == 0 ? randomDigits(random) : TOKENS[random.nextInt(TOKENS.length)]);
        }
        return text.toString();
    }

    private static String randomDigits(Random random) {
        StringBuilder digits = new StringBuilder();
        int length = 1 + random.nextInt(12);
        digits.append((char) ('2' + random.nextInt(8)));
        for (int i = 1; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
