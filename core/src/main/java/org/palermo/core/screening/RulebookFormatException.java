package org.palermo.core.screening;

/** A rulebook file that cannot be read, with the line that is wrong. */
public final class RulebookFormatException extends IllegalArgumentException {

    private final int lineNumber;

    public RulebookFormatException(String source, int lineNumber, String message) {
        super(source + ":" + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    /** The 1-based line of the rulebook file that is wrong. */
    public int lineNumber() {
        return lineNumber;
    }
}
