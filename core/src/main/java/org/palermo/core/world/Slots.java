package org.palermo.core.world;

import java.util.Map;

/** Fills {@code {slot}} placeholders of phrase patterns. */
final class Slots {

    /** Supplies the value of a slot, or {@code null} to leave it in place. */
    interface Values {
        String value(String key);
    }

    private Slots() {
    }

    static void fill(String pattern, Values values, StringBuilder out) {
        int at = 0;
        int length = pattern.length();
        while (at < length) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                out.append(pattern, at, length);
                return;
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, at, length);
                return;
            }
            out.append(pattern, at, open);
            String value = values.value(pattern.substring(open + 1, close));
            if (value == null) {
                out.append(pattern, open, close + 1);
            } else {
                out.append(value);
            }
            at = close + 1;
        }
    }

    /** Fills the slots named in {@code values}, leaving the others for later. */
    static String fill(String pattern, Map<String, String> values) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        fill(pattern, values::get, out);
        return out.toString();
    }
}
