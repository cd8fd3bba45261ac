package org.palermo.app.web;

import java.util.List;

/** A request that breaks one or more rules; every violation is reported together. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.size() + " violation(s)");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String pointer, String message) {
        return new InvalidRequestException(List.of(new Violation(pointer, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
