package org.palermo.core.world;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase pattern compiled once per template: literal pieces and the per-ad slots between them, so writing an
 * ad appends pieces instead of parsing {@code {slot}} placeholders again.
 */
final class SlotLine {

    /** The per-ad slots, in the order of {@link #KEYS}. */
    static final int NAME = 0;
    static final int AGE = 1;
    static final int ETHNICITY = 2;
    static final int HEIGHT = 3;
    static final int WEIGHT = 4;
    static final int HAIR = 5;
    static final int CITY = 6;
    static final int CURRENCY = 7;
    static final int PRICE = 8;
    static final int PRICE_TWO_HOURS = 9;
    static final int PRICE_HALF_HOUR = 10;
    static final int WEEKDAY = 11;
    static final int DATE = 12;
    private static final String[] KEYS = {"name", "age", "eth", "height", "weight", "hair", "city", "cur", "p", "p2",
        "ph", "weekday", "date"};

    /** Supplies the value of a per-ad slot. */
    interface Values {
        String value(int slot);
    }

    private final String[] literals;
    private final int[] slots;

    private SlotLine(String[] literals, int[] slots) {
        this.literals = literals;
        this.slots = slots;
    }

    /** Compiles a pattern; placeholders that are not per-ad slots stay as literal text. */
    static SlotLine compile(String pattern) {
        List<String> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                literal.append(pattern, at, pattern.length());
                break;
            }
            literal.append(pattern, at, open);
            int slot = slotOf(pattern.substring(open + 1, close));
            if (slot < 0) {
                literal.append(pattern, open, close + 1);
            } else {
                literals.add(literal.toString());
                slots.add(slot);
                literal.setLength(0);
            }
            at = close + 1;
        }
        literals.add(literal.toString());
        int[] slotArray = new int[slots.size()];
        for (int i = 0; i < slotArray.length; i++) {
            slotArray[i] = slots.get(i);
        }
        return new SlotLine(literals.toArray(new String[0]), slotArray);
    }

    void render(Values values, StringBuilder out) {
        for (int i = 0; i < slots.length; i++) {
            out.append(literals[i]).append(values.value(slots[i]));
        }
        out.append(literals[slots.length]);
    }

    /** Whether the line has no per-ad slot, so it reads the same in every ad. */
    boolean fixed() {
        return slots.length == 0;
    }

    String literal() {
        return literals[0];
    }

    private static int slotOf(String key) {
        for (int i = 0; i < KEYS.length; i++) {
            if (KEYS[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
