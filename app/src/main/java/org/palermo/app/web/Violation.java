package org.palermo.app.web;

import java.util.Objects;

/**
 * One thing wrong with a request.
 *
 * @param pointer where in the request: a JSON pointer into the body ({@code /3/price}), or a parameter name
 * @param message what is wrong, in words a caller can act on
 */
public record Violation(String pointer, String message) {

    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
