package org.palermo.core.linking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first name and age an ad states about the person advertised, by a few simple patterns ("I'm Anna",
 * "my name is Anna", "Anna, 23", "23 years old"). Good enough to count distinct names and ages per phone;
 * not an extractor of record.
 */
record StatedPerson(String name, int age) {

    private static final Pattern NAME = Pattern.compile(
            "\\b(?:I'm|I am|Im|my name is|name's|call me|ask for|this is|[Mm]eet)\\s+([A-Z][a-z]{1,15})\\b");
    private static final Pattern NAME_AGE = Pattern.compile("\\b([A-Z][a-z]{1,15})(?:,| is)?\\s+(\\d{2})\\b(?!\\d|[.:/]\\d)");
    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{2})\\s*(?:yo|y/o|y\\.o\\.|years? old|yrs? old|years young)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MIN_AGE = 14;
    private static final int MAX_AGE = 70;

    static StatedPerson in(String text) {
        String name = null;
        int age = 0;
        Matcher nameAge = NAME_AGE.matcher(text);
        while (nameAge.find()) {
            int candidate = Integer.parseInt(nameAge.group(2));
            if (plausible(candidate) && !nameAge.group(1).equals("Call")) {
                name = nameAge.group(1);
                age = candidate;
                break;
            }
        }
        Matcher named = NAME.matcher(text);
        if (mayStateName(text) && named.find()) {
            name = named.group(1);
        }
        if (age == 0 && mayStateAge(text)) {
            Matcher aged = AGE.matcher(text);
            while (aged.find()) {
                int candidate = Integer.parseInt(aged.group(1));
                if (plausible(candidate)) {
                    age = candidate;
                    break;
                }
            }
        }
        return new StatedPerson(name, age);
    }

    private static boolean mayStateName(String text) {
        return text.contains("I'm") || text.contains("I am") || text.contains("Im ") || text.contains("name")
                || text.contains("call me") || text.contains("ask for") || text.contains("this is")
                || text.contains("eet ");
    }

    private static boolean mayStateAge(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("y") && (lower.contains("yo") || lower.contains("y/o") || lower.contains("y.o")
                || lower.contains("year") || lower.contains("yr"));
    }

    private static boolean plausible(int age) {
        return age >= MIN_AGE && age <= MAX_AGE;
    }
}
