package org.palermo.app.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A copy of an exception chain for the log without the messages, which may quote request data (a database error
 * quotes the value it refused, a parser the text it choked on): each link keeps its class name, SQL state and
 * stack frames, so the incident can still be traced.
 */
final class RedactedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private RedactedException(Throwable original, RedactedException cause) {
        super(describe(original), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static RedactedException of(Throwable original) {
        return of(original, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static RedactedException of(Throwable original, Set<Throwable> seen) {
        seen.add(original);
        Throwable cause = original.getCause();
        RedactedException redactedCause = cause == null || seen.contains(cause) ? null : of(cause, seen);
        return new RedactedException(original, redactedCause);
    }

    private static String describe(Throwable original) {
        String name = original.getClass().getName();
        if (original instanceof SQLException sql) {
            name += " (SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode() + ")";
        }
        return name + " [message withheld from the log]";
    }
}
