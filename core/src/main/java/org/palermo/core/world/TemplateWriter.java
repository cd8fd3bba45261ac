package org.palermo.core.world;

import static org.palermo.core.world.Phrases.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes an actor's templates from the phrase banks. Which optional lines a template has is where the
 * indicator rates of docs/world.md live: each is a probability per template, by actor kind.
 */
final class TemplateWriter {

    private TemplateWriter() {
    }

    static Template[] write(ActorKind kind, int number, int count, boolean tourer, String agencyName, City home,
                            SplittableRandom random) {
        Template[] templates = new Template[count];
        for (int t = 0; t < count; t++) {
            Map<String, String> fixed = fixedSlots(agencyName, home, random);
            List<String> lines = switch (kind) {
                case INDEPENDENT -> independentLines(tourer, random);
                case AGENCY -> agencyLines(random);
                case CONTROLLED -> controlledLines(random);
            };
            boolean hasPrice = lines.remove("{RATES}");
            if (hasPrice) {
                lines.add(1 + random.nextInt(lines.size()), pick(RATES, random));
            }
            boolean movement = false;
            SlotLine[] filled = new SlotLine[lines.size()];
            for (int i = 0; i < filled.length; i++) {
                filled[i] = SlotLine.compile(Slots.fill(lines.get(i), fixed));
                movement |= contains(MOVEMENT, lines.get(i));
            }
            SlotLine title = SlotLine.compile(Slots.fill(pick(titles(kind), random), fixed));
            String contact = pick(contacts(kind, lines), random);
            int contactAt = filled.length / 2 + random.nextInt(filled.length - filled.length / 2 + 1);
            templates[t] = new Template("t-" + Actor.pad(number, 7) + "-" + t, title, filled, contactAt,
                    Slots.fill(contact, fixed), random.nextDouble() < titlePhoneRate(kind), hasPrice, movement);
        }
        return templates;
    }

    private static List<String> independentLines(boolean tourer, SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        if (random.nextDouble() < 0.06) {
            lines.add(pick(THIRD_PERSON, random));
        } else {
            lines.add(pick(OPEN_FIRST, random));
            lines.add(pick(ABOUT_FIRST, random));
        }
        lines.add(pick(SIGNATURE_FIRST, random));
        lines.add(pick(SERVICES, random));
        optional(lines, ETHNIC, 0.20, random);
        optional(lines, TRUST, 0.30, random);
        optional(lines, YOUTH, 0.04, random);
        optional(lines, MOVEMENT, tourer ? 0.85 : 0.08, random);
        optional(lines, "{RATES}", 0.85, random);
        lines.add(pick(AVAILABILITY, random));
        optional(lines, LOCATION, 0.80, random);
        optional(lines, SCREENING, 0.55, random);
        optional(lines, RESTRICTED, 0.05, random);
        lines.add(pick(CLOSING_FIRST, random));
        return lines;
    }

    private static List<String> agencyLines(SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        lines.add(AGENCY_LINES[0]);
        int extra = 2 + random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            String line = AGENCY_LINES[1 + random.nextInt(AGENCY_LINES.length - 1)];
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        lines.add(pick(SERVICES, random));
        optional(lines, ETHNIC, 0.30, random);
        optional(lines, TRUST, 0.50, random);
        optional(lines, YOUTH, 0.03, random);
        optional(lines, MOVEMENT, 0.04, random);
        optional(lines, "{RATES}", 0.90, random);
        lines.add(pick(AVAILABILITY, random));
        optional(lines, LOCATION, 0.70, random);
        optional(lines, SCREENING, 0.20, random);
        optional(lines, RESTRICTED, 0.15, random);
        return lines;
    }

    private static List<String> controlledLines(SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        if (random.nextDouble() < 0.85) {
            lines.add(pick(THIRD_PERSON, random));
            String second = pick(THIRD_PERSON, random);
            if (!lines.contains(second)) {
                lines.add(second);
            }
        } else {
            lines.add(pick(OPEN_FIRST, random));
            lines.add(pick(ABOUT_FIRST, random));
        }
        lines.add(pick(CONTROLLED_SIGNATURE, random));
        optional(lines, ETHNIC, 0.70, random);
        optional(lines, SERVICES, 0.60, random);
        optional(lines, TRUST, 0.65, random);
        optional(lines, RESTRICTED, 0.60, random);
        optional(lines, YOUTH, 0.12, random);
        optional(lines, MOVEMENT, 0.12, random);
        optional(lines, "{RATES}", 0.90, random);
        optional(lines, AVAILABILITY, 0.8, random);
        optional(lines, LOCATION, 0.6, random);
        optional(lines, SCREENING, 0.05, random);
        return lines;
    }

    private static Map<String, String> fixedSlots(String agencyName, City home, SplittableRandom random) {
        Map<String, String> fixed = new HashMap<>();
        int a = random.nextInt(TRAITS.length);
        int b = (a + 1 + random.nextInt(TRAITS.length - 1)) % TRAITS.length;
        int c = (b + 1 + random.nextInt(TRAITS.length - 1)) % TRAITS.length;
        fixed.put("trait", TRAITS[a]);
        fixed.put("trait2", TRAITS[b]);
        fixed.put("trait3", TRAITS[c]);
        int h = random.nextInt(HOBBIES.length);
        fixed.put("hobby", HOBBIES[h]);
        fixed.put("hobby2", HOBBIES[(h + 1 + random.nextInt(HOBBIES.length - 1)) % HOBBIES.length]);
        fixed.put("hours", pick(HOURS, random));
        fixed.put("street", (100 + random.nextInt(9900)) + " " + pick(STREET_NAMES, random));
        fixed.put("room", Integer.toString(100 + random.nextInt(900)));
        fixed.put("postcode", postcode(home, random));
        fixed.put("year", Integer.toString(1998 + random.nextInt(25)));
        if (agencyName != null) {
            fixed.put("agency", agencyName);
        }
        return fixed;
    }

    private static String postcode(City home, SplittableRandom random) {
        return switch (home.country()) {
            case "GB" -> pick(GB_POSTCODES, random);
            case "IE" -> "D0" + (1 + random.nextInt(8));
            case "AU" -> Integer.toString(2000 + random.nextInt(4000));
            case "CA" -> "M" + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26));
            default -> Integer.toString(10_000 + random.nextInt(89_999));
        };
    }

    private static String[] titles(ActorKind kind) {
        return switch (kind) {
            case INDEPENDENT -> TITLE_INDEPENDENT;
            case AGENCY -> TITLE_AGENCY;
            case CONTROLLED -> TITLE_CONTROLLED;
        };
    }

    private static String[] contacts(ActorKind kind, List<String> lines) {
        if (kind == ActorKind.AGENCY) {
            return CONTACT_AGENCY;
        }
        boolean third = contains(THIRD_PERSON, lines.get(0));
        return third ? CONTACT_THIRD : CONTACT_FIRST;
    }

    private static double titlePhoneRate(ActorKind kind) {
        return switch (kind) {
            case INDEPENDENT -> 0.10;
            case AGENCY -> 0.05;
            case CONTROLLED -> 0.25;
        };
    }

    private static void optional(List<String> lines, String[] bank, double probability, SplittableRandom random) {
        if (random.nextDouble() < probability) {
            lines.add(pick(bank, random));
        }
    }

    private static void optional(List<String> lines, String line, double probability, SplittableRandom random) {
        if (random.nextDouble() < probability) {
            lines.add(line);
        }
    }

    private static boolean contains(String[] bank, String line) {
        for (String entry : bank) {
            if (entry.equals(line)) {
                return true;
            }
        }
        return false;
    }

    static String pick(String[] bank, SplittableRandom random) {
        return bank[random.nextInt(bank.length)];
    }
}
