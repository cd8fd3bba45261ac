package org.palermo.core.linking;

import java.util.Arrays;

/**
 * Strings numbered in order of first sight, so arrays can hold ints instead of strings. An open-addressing
 * table of ints over the strings' hashes: no boxed entries, fast to rebuild when an index is read from disk.
 */
final class Dictionary {

    private String[] values = new String[64];
    private int[] slots = new int[128];
    private int size;

    /** The number of a string, adding it when new; -1 for null. */
    int intern(String value) {
        if (value == null) {
            return -1;
        }
        int slot = slotOf(value);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return size - 1;
    }

    /** The number of a known string, or -1. */
    int find(String value) {
        return slots[slotOf(value)] - 1;
    }

    String get(int number) {
        return number < 0 ? null : values[number];
    }

    int size() {
        return size;
    }

    /** Makes room for {@code expected} strings at once (before reading many). */
    void reserve(int expected) {
        if (expected > values.length) {
            values = Arrays.copyOf(values, expected);
        }
        int capacity = Integer.highestOneBit(Math.max(64, expected) * 2) * 2;
        if (capacity > slots.length) {
            rehash(capacity);
        }
    }

    /** The hash table (string number + 1 per slot, 0 = empty), to be stored beside the strings. */
    int[] slotTable() {
        return slots;
    }

    /**
     * Replaces the contents with distinct strings and the hash table they were stored with (see
     * {@link #slotTable}), so reading a large dictionary needs no hashing or probing.
     *
     * @throws IllegalArgumentException when the table cannot belong to these strings
     */
    void restore(String[] strings, int[] table) {
        if (Integer.bitCount(table.length) != 1 || strings.length * 2L > table.length) {
            throw new IllegalArgumentException("a hash table of " + table.length + " slots for " + strings.length
                    + " strings");
        }
        values = strings.length == 0 ? new String[64] : strings;
        slots = table;
        size = strings.length;
    }

    private int slotOf(String value) {
        int mask = slots.length - 1;
        int slot = Shingles.mix(value.hashCode()) & mask;
        while (slots[slot] != 0 && !values[slots[slot] - 1].equals(value)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = Shingles.mix(values[i].hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }
}
