package org.palermo.core.linking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Strings numbered in order of first sight, so arrays can hold ints instead of strings. */
final class Dictionary {

    private String[] values = new String[64];
    private final Map<String, Integer> numbers = new HashMap<>();
    private int size;

    /** The number of a string, adding it when new; -1 for null. */
    int intern(String value) {
        if (value == null) {
            return -1;
        }
        Integer known = numbers.get(value);
        if (known != null) {
            return known;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        numbers.put(value, size);
        return size++;
    }

    /** The number of a known string, or -1. */
    int find(String value) {
        Integer known = numbers.get(value);
        return known == null ? -1 : known;
    }

    String get(int number) {
        return number < 0 ? null : values[number];
    }

    int size() {
        return size;
    }
}
