package org.palermo.app.web;

/** A request body larger than {@code palermo.api.max-request-bytes}. */
public class RequestTooLargeException extends RuntimeException {

    private final long limit;

    public RequestTooLargeException(long limit) {
        super("request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
