package org.palermo.app.ads;

import java.util.Collection;
import java.util.StringJoiner;

/** Writes a set of ids compactly for the audit log: {@code [3-7,9,12-13]}. */
final class IdRanges {

    private IdRanges() {}

    static String of(Collection<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        StringJoiner out = new StringJoiner(",", "[", "]");
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            out.add(i == j ? Long.toString(sorted[i]) : sorted[i] + "-" + sorted[j]);
            i = j + 1;
        }
        return out.toString();
    }
}
