package org.palermo.app.web;

import java.util.ArrayList;
import java.util.List;

/** Checks page and size parameters against {@code palermo.api.max-page-size}, reporting both problems at once. */
public record Paging(int page, int size) {

    public static Paging check(int page, int size, int maxSize) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0 || page > 1_000_000) {
            violations.add(new Violation("page", "must be between 0 and 1000000"));
        }
        if (size < 1 || size > maxSize) {
            violations.add(new Violation("size", "must be between 1 and " + maxSize));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Paging(page, size);
    }

    public int offset() {
        return page * size;
    }
}
