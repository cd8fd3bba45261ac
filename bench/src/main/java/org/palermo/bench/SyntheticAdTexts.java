package org.palermo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ad-like texts of about 500 characters for benchmarks, generated from a seed: generic service wording, prices,
 * times, heights, ages, and identifiers written plainly or obfuscated (words, look-alikes, Unicode digits,
 * spelled-out e-mails, handles, cashtags). Stands in until the synthetic world generator is merged.
 */
public final class SyntheticAdTexts {

    private static final String[] FILLER = {
        "Sweet and friendly companion available for massage and companionship.",
        "New in town, visiting for a few days only.", "Relaxing atmosphere, clean and discreet location.",
        "Call or text to book, no blocked numbers please.", "Available 24/7 incall and outcall.",
        "Rates: $150 hh $250 hr, 200 roses for an hour.", "I am 5'6 120 lbs 23 yrs, 34-24-36.",
        "Open 10am to 10pm, appointments from 10:30.", "Located near 1234 Main St, CA 90028.",
        "Serious gentlemen only, 100% real pictures.", "Ad id: 3126654321 posted 12/25/2015.",
        "Ask about my specials this weekend!", "Friendly, professional and always on time.",
    };
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine"};
    private static final String[] AREA_CODES = {"212", "213", "305", "312", "404", "415", "503", "617", "702", "713"};

    private SyntheticAdTexts() {
    }

    public static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> ads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ads.add(ad(random));
        }
        return ads;
    }

    private static String ad(Random random) {
        StringBuilder text = new StringBuilder("Title " + random.nextInt(1000) + "\n");
        while (text.length() < 420) {
            text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
        }
        text.append(identifier(random)).append(' ');
        if (random.nextBoolean()) {
            text.append(identifier(random));
        }
        return text.toString();
    }

    private static String identifier(Random random) {
        String digits = AREA_CODES[random.nextInt(AREA_CODES.length)] + (200 + random.nextInt(700))
                + String.format("%04d", random.nextInt(10000));
        switch (random.nextInt(7)) {
            case 0:
                return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
            case 1:
                return words(digits, random);
            case 2:
                return fullwidth(digits);
            case 3:
                return "jane" + random.nextInt(100) + " at gmail dot com";
            case 4:
                return "IG: jane_" + random.nextInt(100) + " $Jane" + random.nextInt(100);
            case 5:
                return digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6).replace('0', 'o');
            default:
                return digits;
        }
    }

    private static String words(String digits, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            out.append(random.nextBoolean() ? WORDS[d] : String.valueOf(d)).append(i % 3 == 2 ? " " : "");
        }
        return out.toString();
    }

    private static String fullwidth(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            out.appendCodePoint(0xFF10 + digits.charAt(i) - '0');
        }
        return out.toString();
    }
}
