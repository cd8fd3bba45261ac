package org.palermo.app.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How console pages write times: UTC, to the minute ({@code 2026-02-10 14:05 UTC}); "unknown" when missing. */
public final class Formats {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "unknown" : MINUTE.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "unknown" : DAY.format(instant);
    }
}
