package org.palermo.core.world;

import java.util.SplittableRandom;

/**
 * Writes phone numbers the way ads do: plainly in the country's common formats, or disguised in the styles of
 * DOMAIN.md §2 (number words, digits mixed with words, look-alike letters, fullwidth, circled, keycap and
 * mathematical digits, odd separators, split across lines).
 */
final class PhoneWriting {

    /** The disguises; {@link #TITLE_SPLIT} is done by the ad writer (part of the number in the title). */
    enum Disguise {
        WORDS(12), MIXED(16), LOOKALIKE(10), SPACED(14), PAREN_WORDS(6), MISSPELLED(8), FULLWIDTH(6), CIRCLED(4),
        KEYCAP(4), MATH(3), SPLIT_LINES(8), TITLE_SPLIT(5);

        final int weight;

        Disguise(int weight) {
            this.weight = weight;
        }
    }

    private static final Disguise[] DISGUISES = Disguise.values();
    private static final int TOTAL_WEIGHT;

    static {
        int sum = 0;
        for (Disguise d : DISGUISES) {
            sum += d.weight;
        }
        TOTAL_WEIGHT = sum;
    }

    private static final String[] WORD = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine"};
    private static final String[][] SOUNDALIKE = {{"oh", "zero"}, {"one", "won"}, {"to", "too", "two"},
        {"three", "tree"}, {"for", "four"}, {"five"}, {"six"}, {"seven"}, {"eight", "ate"}, {"nine"}};
    private static final String[] MISSPELT = {"zer0", "0ne", "tw0", "thr3e", "f0ur", "fiv3", "s1x", "sev3n", "e1ght",
        "n1ne"};
    private static final String[] CIRCLED = {"⓪", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"};
    private static final String[] SPACERS = {" ", ".", "-", " * ", "~", " . ", "_", "/"};

    private PhoneWriting() {
    }

    static Disguise pickDisguise(SplittableRandom random, boolean titleAllowed) {
        while (true) {
            int r = random.nextInt(TOTAL_WEIGHT);
            for (Disguise d : DISGUISES) {
                r -= d.weight;
                if (r < 0) {
                    if (d == Disguise.TITLE_SPLIT && !titleAllowed) {
                        break;
                    }
                    return d;
                }
            }
        }
    }

    /** Appends the number in one of the plain formats common in the phone's country. */
    static void plain(Phone phone, SplittableRandom random, StringBuilder out) {
        String n = phone.national();
        String intl = phone.internationalDigits();
        String cc = phone.callingCode();
        if (phone.country().equals("US") || phone.country().equals("CA")) {
            switch (random.nextInt(8)) {
                case 0, 1 -> out.append('(').append(n, 0, 3).append(") ").append(n, 3, 6).append('-').append(n, 6, 10);
                case 2 -> out.append(n, 0, 3).append('-').append(n, 3, 6).append('-').append(n, 6, 10);
                case 3 -> out.append(n, 0, 3).append('.').append(n, 3, 6).append('.').append(n, 6, 10);
                case 4 -> out.append(n);
                case 5 -> out.append(n, 0, 3).append(' ').append(n, 3, 6).append(' ').append(n, 6, 10);
                case 6 -> out.append("+1 ").append(n, 0, 3).append(' ').append(n, 3, 6).append(' ').append(n, 6, 10);
                default -> out.append("1-").append(n, 0, 3).append('-').append(n, 3, 6).append('-').append(n, 6, 10);
            }
            return;
        }
        switch (random.nextInt(4)) {
            case 0 -> grouped(n, phone.groups(), " ", out);
            case 1 -> out.append(n);
            case 2 -> {
                out.append(cc).append(' ');
                int[] groups = phone.groups().clone();
                groups[0] -= 1;
                grouped(intl, groups, " ", out);
            }
            default -> grouped(n, phone.groups(), "-", out);
        }
    }

    /** Appends the number disguised in the given style (never {@link Disguise#TITLE_SPLIT}). */
    static void disguised(Phone phone, Disguise disguise, SplittableRandom random, StringBuilder out) {
        String n = phone.national();
        int[] groups = phone.groups();
        switch (disguise) {
            case WORDS -> words(n, groups, random, out);
            case MIXED -> mixed(n, groups, random, out);
            case LOOKALIKE -> lookalike(n, groups, random, out);
            case SPACED -> spaced(n, random, out);
            case PAREN_WORDS -> parenWords(n, groups, random, out);
            case MISSPELLED -> misspelled(n, groups, random, out);
            case FULLWIDTH -> mapped(n, groups, random, out, 0xFF10);
            case MATH -> mapped(n, groups, random, out, 0x1D7CE);
            case CIRCLED -> circled(n, groups, out);
            case KEYCAP -> keycap(n, groups, out);
            case SPLIT_LINES -> grouped(n, groups, "\n", out);
            case TITLE_SPLIT -> throw new IllegalArgumentException("title split is written by the ad writer");
            default -> throw new IllegalStateException("unknown disguise " + disguise);
        }
    }

    static void grouped(String digits, int[] groups, String separator, StringBuilder out) {
        int at = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) {
                out.append(separator);
            }
            out.append(digits, at, at + groups[g]);
            at += groups[g];
        }
    }

    private static void words(String n, int[] groups, SplittableRandom random, StringBuilder out) {
        boolean capital = random.nextInt(3) == 0;
        String groupSeparator = random.nextBoolean() ? " " : " - ";
        int at = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) {
                out.append(groupSeparator);
            }
            for (int i = 0; i < groups[g]; i++, at++) {
                if (i > 0) {
                    out.append(' ');
                }
                String word = WORD[n.charAt(at) - '0'];
                out.append(capital ? word.toUpperCase(java.util.Locale.ROOT) : word);
            }
        }
    }

    private static void mixed(String n, int[] groups, SplittableRandom random, StringBuilder out) {
        int at = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) {
                out.append(' ');
            }
            for (int i = 0; i < groups[g]; i++, at++) {
                int d = n.charAt(at) - '0';
                if (random.nextBoolean()) {
                    out.append((char) ('0' + d));
                } else {
                    String[] options = SOUNDALIKE[d];
                    out.append(options[random.nextInt(options.length)]);
                }
            }
        }
    }

    private static void lookalike(String n, int[] groups, SplittableRandom random, StringBuilder out) {
        if (n.indexOf('0') < 0 && n.indexOf('1') < 0) {
            mixed(n, groups, random, out);
            return;
        }
        char zero = random.nextBoolean() ? 'O' : 'o';
        char one = random.nextBoolean() ? 'l' : 'I';
        StringBuilder digits = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            digits.append(c == '0' ? zero : c == '1' ? one : c);
        }
        grouped(digits.toString(), groups, random.nextBoolean() ? "-" : " ", out);
    }

    private static void spaced(String n, SplittableRandom random, StringBuilder out) {
        String spacer = SPACERS[random.nextInt(SPACERS.length)];
        if (random.nextBoolean()) {
            for (int i = 0; i < n.length(); i++) {
                if (i > 0) {
                    out.append(spacer);
                }
                out.append(n.charAt(i));
            }
        } else {
            for (int i = 0; i < n.length(); i += 2) {
                if (i > 0) {
                    out.append(spacer);
                }
                out.append(n, i, Math.min(n.length(), i + 2));
            }
        }
    }

    private static void parenWords(String n, int[] groups, SplittableRandom random, StringBuilder out) {
        int at = 0;
        for (int g = 0; g < groups.length; g++) {
            out.append(g == 0 ? "(" : g == 1 ? ") " : " - ");
            for (int i = 0; i < groups[g]; i++, at++) {
                if (i > 0) {
                    out.append(' ');
                }
                int d = n.charAt(at) - '0';
                if (random.nextBoolean()) {
                    out.append((char) ('0' + d));
                } else {
                    out.append(WORD[d]);
                }
            }
        }
        if (groups.length == 1) {
            out.append(')');
        }
    }

    private static void misspelled(String n, int[] groups, SplittableRandom random, StringBuilder out) {
        int at = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) {
                out.append(' ');
            }
            for (int i = 0; i < groups[g]; i++, at++) {
                int d = n.charAt(at) - '0';
                if (i > 0) {
                    out.append(' ');
                }
                out.append(random.nextInt(5) < 2 ? MISSPELT[d] : random.nextBoolean() ? WORD[d]
                        : String.valueOf((char) ('0' + d)));
            }
        }
    }

    private static void mapped(String n, int[] groups, SplittableRandom random, StringBuilder out, int zeroCodePoint) {
        String separator = random.nextBoolean() ? " " : "-";
        int at = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) {
                out.append(separator);
            }
            for (int i = 0; i < groups[g]; i++, at++) {
                out.appendCodePoint(zeroCodePoint + n.charAt(at) - '0');
            }
        }
    }

    private static void circled(String n, int[] groups, StringBuilder out) {
        int at = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) {
                out.append(' ');
            }
            for (int i = 0; i < groups[g]; i++, at++) {
                out.append(CIRCLED[n.charAt(at) - '0']);
            }
        }
    }

    private static void keycap(String n, int[] groups, StringBuilder out) {
        int at = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) {
                out.append(' ');
            }
            for (int i = 0; i < groups[g]; i++, at++) {
                out.append(n.charAt(at)).append('\uFE0F').append('\u20E3');
            }
        }
    }
}
