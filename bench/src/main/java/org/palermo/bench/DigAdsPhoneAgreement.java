package org.palermo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierExtractor;
import org.palermo.core.identifiers.IdentifierType;

/**
 * Agreement of Palermo's phone extraction with the DIG extractor's output on real ads that were not used to build
 * it: {@code dig-ads/training.csv}, whose {@code phone} column holds what the DIG (Memex) extractor found. That
 * column is machine output, not human truth, so disagreement can be either side's error. Prints aggregate
 * figures only: the ads are personal data. Run:
 * {@code java -cp bench/target/palermo-bench.jar org.palermo.bench.DigAdsPhoneAgreement ../shared/data/dig-ads/training.csv}
 */
public final class DigAdsPhoneAgreement {

    private static final Pattern DIG_NAME = Pattern.compile("'name': (?:\\[)?'(\\d+)'");

    private DigAdsPhoneAgreement() {
    }

    public static void main(String[] args) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int textColumn = header.indexOf("extracted_text");
        int phoneColumn = header.indexOf("phone");
        IdentifierExtractor extractor = new IdentifierExtractor();
        int ads = 0;
        int digNumbers = 0;
        int ours = 0;
        int digFoundByUs = 0;
        int oursFoundByDig = 0;
        int obscured = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(textColumn, phoneColumn) || !row.get(phoneColumn).startsWith("[{")) {
                continue;
            }
            ads++;
            Set<String> dig = digNumbers(row.get(phoneColumn));
            Set<String> found = new LinkedHashSet<>();
            for (Identifier id : extractor.extract(row.get(textColumn), "US")) {
                if (id.type() == IdentifierType.PHONE) {
                    found.add(id.value());
                    obscured += id.obfuscated() ? 1 : 0;
                }
            }
            digNumbers += dig.size();
            ours += found.size();
            digFoundByUs += (int) dig.stream().filter(d -> found.stream().anyMatch(f -> same(f, d))).count();
            oursFoundByDig += (int) found.stream().filter(f -> dig.stream().anyMatch(d -> same(f, d))).count();
        }
        System.out.printf(Locale.ROOT, "ads with a DIG phone: %d, DIG numbers: %d, Palermo numbers: %d (%d obscured)%n",
                ads, digNumbers, ours, obscured);
        System.out.printf(Locale.ROOT, "DIG numbers that Palermo also finds: %.4f%n", ratio(digFoundByUs, digNumbers));
        System.out.printf(Locale.ROOT, "Palermo numbers that DIG also found: %.4f%n", ratio(oursFoundByDig, ours));
    }

    private static Set<String> digNumbers(String cell) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = DIG_NAME.matcher(cell);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    /** DIG writes national digits (or digits with country code); Palermo E.164. */
    private static boolean same(String e164, String digits) {
        String ours = e164.substring(1);
        return ours.equals(digits) || ours.endsWith(digits) && digits.length() >= 9;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
