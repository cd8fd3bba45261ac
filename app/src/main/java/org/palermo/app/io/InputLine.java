package org.palermo.app.io;

/**
 * One line of an input file: its 1-based number and either its text or the reason it could not be read.
 */
public record InputLine(long number, String text, String error) {

    public static InputLine ok(long number, String text) {
        return new InputLine(number, text, null);
    }

    public static InputLine bad(long number, String error) {
        return new InputLine(number, null, error);
    }

    public boolean isError() {
        return error != null;
    }
}
