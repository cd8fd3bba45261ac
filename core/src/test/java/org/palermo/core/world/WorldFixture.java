package org.palermo.core.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palermo.core.ads.Ad;

/** Generates worlds into memory for tests. */
final class WorldFixture {

    /** A generated world held in lists. */
    record World(List<Ad> ads, List<AdTruth> truths, List<Tip> tips, List<CaseRecord> people, WorldSummary summary) {
    }

    static final class ListSink implements WorldSink {
        final List<Ad> ads = new ArrayList<>();
        final List<AdTruth> truths = new ArrayList<>();
        final List<Tip> tips = new ArrayList<>();
        final List<CaseRecord> people = new ArrayList<>();

        @Override
        public void ad(Ad ad, AdTruth truth) {
            ads.add(ad);
            truths.add(truth);
        }

        @Override
        public void tip(Tip tip) {
            tips.add(tip);
        }

        @Override
        public void person(CaseRecord person) {
            people.add(person);
        }
    }

    private WorldFixture() {
    }

    static World generate(WorldSettings settings) {
        ListSink sink = new ListSink();
        WorldSummary summary = WorldGenerator.generate(settings, sink);
        return new World(sink.ads, sink.truths, sink.tips, sink.people, summary);
    }

    static World generate(int ads, long seed) {
        return generate(WorldSettings.defaults().withAds(ads).withSeed(seed));
    }

    private static final String WORDS = "zero|zer0|oh|one|0ne|won|three|thr3e|tree|two|tw0|too|to|four|f0ur|for"
            + "|five|fiv3|six|s1x|seven|sev3n|eight|e1ght|ate|nine|n1ne";
    private static final Pattern NUMBER_TOKEN = Pattern.compile("(?:[0-9()\\-.~*_/+,:!]|" + WORDS + "|o|l|i)+");
    private static final String[] PARTS = (WORDS + "|o|l|i").split("\\|");

    /**
     * A test-only decoder of the generator's disguises: per whitespace-separated token that consists only of
     * digits, number words, look-alike letters (o, l, i) and separators, the digits it stands for; other tokens
     * are dropped. Unicode digits are folded first. One string of digits per line of the ad.
     */
    static List<String> digitLines(String text) {
        String normal = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replace("\uFE0F", "").replace("\u20E3", "").toLowerCase(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        for (String line : normal.split("\n", -1)) {
            StringBuilder digits = new StringBuilder();
            for (String token : line.split("\\s+")) {
                if (!NUMBER_TOKEN.matcher(token).matches()) {
                    continue;
                }
                String decoded = decode(token, 0);
                if (decoded != null) {
                    digits.append(decoded);
                }
            }
            lines.add(digits.toString());
        }
        return lines;
    }

    /** Whether the phone's national number can be read back from an ad's text with {@link #digitLines}. */
    static boolean phoneRecoverable(Ad ad, String international) {
        List<String> lines = digitLines(ad.text());
        for (int i = 0; i < lines.size(); i++) {
            String window = lines.get(i);
            for (int j = i; j < Math.min(lines.size(), i + 3); j++) {
                if (j > i) {
                    window = window + lines.get(j);
                }
                if (window.contains(international)) {
                    return true;
                }
            }
            for (int k = 1; k < international.length(); k++) {
                if (lines.get(0).endsWith(international.substring(0, k))
                        && lines.get(i).contains(international.substring(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The digits a whole token stands for, trying every way to read it (number words can run together). */
    private static String decode(String token, int at) {
        if (at == token.length()) {
            return "";
        }
        char c = token.charAt(at);
        if (c >= '0' && c <= '9' || "()-.~*_/+,:!".indexOf(c) >= 0) {
            String rest = decode(token, at + 1);
            if (rest != null) {
                return (c >= '0' && c <= '9' ? String.valueOf(c) : "") + rest;
            }
        }
        for (String part : PARTS) {
            if (token.startsWith(part, at)) {
                String rest = decode(token, at + part.length());
                if (rest != null) {
                    return digitOf(part) + rest;
                }
            }
        }
        return null;
    }

    private static String digitOf(String word) {
        return switch (word) {
            case "zero", "zer0", "oh", "o" -> "0";
            case "one", "0ne", "won", "l", "i" -> "1";
            case "two", "tw0", "too", "to" -> "2";
            case "three", "thr3e", "tree" -> "3";
            case "four", "f0ur", "for" -> "4";
            case "five", "fiv3" -> "5";
            case "six", "s1x" -> "6";
            case "seven", "sev3n" -> "7";
            case "eight", "e1ght", "ate" -> "8";
            default -> "9";
        };
    }
}
