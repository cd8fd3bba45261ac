package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads the line-oriented rulebook format of docs/screening.md, failing with the number of the bad line. */
final class RulebookParser {

    private final String sourceName;
    private final List<IndicatorRule> rules = new ArrayList<>();
    private String version;
    private Entry entry;

    RulebookParser(String sourceName) {
        this.sourceName = sourceName;
    }

    Rulebook parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parseLine(lines[i].strip(), i + 1);
        }
        finishEntry();
        if (version == null) {
            throw new RulebookFormatException(sourceName, 1, "missing 'version:' line before the first indicator");
        }
        try {
            return new Rulebook(version, rules);
        } catch (IllegalArgumentException e) {
            throw new RulebookFormatException(sourceName, lines.length, e.getMessage());
        }
    }

    private void parseLine(String line, int number) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith("[")) {
            if (!line.endsWith("]")) {
                throw error(number, "section header must look like [CODE], was '" + line + "'");
            }
            finishEntry();
            entry = new Entry(line.substring(1, line.length() - 1).strip(), number);
            return;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw error(number, "expected 'key: value', [CODE] or a # comment, was '" + line + "'");
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        if (value.isEmpty()) {
            throw error(number, "'" + key + "' has no value");
        }
        if (entry == null) {
            if (!key.equals("version")) {
                throw error(number, "only 'version' may come before the first [CODE] section, was '" + key + "'");
            }
            version = value;
            return;
        }
        entry.set(key, value, number);
    }

    private void finishEntry() {
        if (entry == null) {
            return;
        }
        try {
            rules.add(entry.toRule());
        } catch (IllegalArgumentException e) {
            throw error(entry.line, e.getMessage());
        }
        entry = null;
    }

    private RulebookFormatException error(int line, String message) {
        return new RulebookFormatException(sourceName, line, message);
    }

    /** The keys of one [CODE] section as they are read. */
    private final class Entry {
        final String code;
        final int line;
        Category category;
        EvidenceGrade grade;
        Double weight;
        String description;
        String source;
        String detector;
        final List<String> patterns = new ArrayList<>();

        Entry(String code, int line) {
            this.code = code;
            this.line = line;
        }

        void set(String key, String value, int number) {
            switch (key) {
                case "category" -> category = enumValue(Category.class, value, number);
                case "grade" -> grade = enumValue(EvidenceGrade.class, value, number);
                case "weight" -> weight = number(value, number);
                case "description" -> description = value;
                case "source" -> source = value;
                case "detector" -> detector = value;
                case "pattern" -> patterns.add(checkedPattern(value, number));
                default -> throw error(number, "unknown key '" + key
                        + "'; known: category, grade, weight, description, source, pattern, detector");
            }
        }

        IndicatorRule toRule() {
            require(category, "category");
            require(grade, "grade");
            require(weight, "weight");
            require(source, "source");
            return new IndicatorRule(code, category, grade, weight, description, source, patterns, detector);
        }

        private void require(Object value, String key) {
            if (value == null) {
                throw new IllegalArgumentException("[" + code + "] has no '" + key + ":' line");
            }
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String value, int number) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(number, "'" + value + "' is not a " + type.getSimpleName() + "; known: "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }

        private double number(String value, int number) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw error(number, "weight must be a number, was '" + value + "'");
            }
        }

        private String checkedPattern(String value, int number) {
            String problem = PhrasePattern.problem(value);
            if (problem != null) {
                throw error(number, problem);
            }
            return value;
        }
    }
}
