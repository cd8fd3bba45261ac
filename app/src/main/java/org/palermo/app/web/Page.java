package org.palermo.app.web;

import java.util.List;

/**
 * One page of results.
 *
 * @param hasMore whether another page follows (ask for {@code page + 1})
 */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {

    /** A page from {@code size + 1} fetched rows: the extra row only says that more follow. */
    public static <T> Page<T> of(List<T> fetched, int page, int size) {
        boolean more = fetched.size() > size;
        return new Page<>(more ? List.copyOf(fetched.subList(0, size)) : List.copyOf(fetched), page, size, more);
    }
}
