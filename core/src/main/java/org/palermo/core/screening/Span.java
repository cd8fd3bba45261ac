package org.palermo.core.screening;

/** A piece of an ad's text: what triggered an indicator and where. */
public record Span(String text, int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    static Span of(String whole, int start, int end) {
        return new Span(whole.substring(start, end), start, end);
    }
}
