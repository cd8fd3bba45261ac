package org.palermo.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts for the dashboard: how many ads arrived per day and which networks gained ads lately. Only counts and
 * network ids, no personal data, so these reads are not audited.
 */
@Component
class ConsoleStats {

    /** Ads counted on one day (UTC). */
    public record DayCount(LocalDate day, long ads) {}

    /** A network that gained {@code recent} of its {@code size} ads in the window. */
    public record Growth(String networkId, long recent, long size) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsoleStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Ads ingested per UTC day over the last {@code days} days up to today, zero days included, oldest first. */
    List<DayCount> ingestedPerDay(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            counts.put(d, 0L);
        }
        jdbc.sql("SELECT ingested_at FROM ads WHERE ingested_at >= :from")
                .param("from", OffsetDateTime.of(first.atStartOfDay(), ZoneOffset.UTC))
                .query(rs -> {
                    LocalDate day = rs.getObject("ingested_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
                    counts.computeIfPresent(day, (d, n) -> n + 1);
                });
        List<DayCount> out = new ArrayList<>();
        counts.forEach((day, n) -> out.add(new DayCount(day, n)));
        return out;
    }

    /** Networks of two or more ads that gained the most ads ingested in the last {@code window}, most first. */
    List<Growth> growingNetworks(Duration window, int limit) {
        Instant since = clock.instant().minus(window);
        return jdbc.sql("""
                SELECT l.network_id,
                       SUM(CASE WHEN a.ingested_at >= :since THEN 1 ELSE 0 END) AS recent,
                       COUNT(*) AS size
                FROM ad_links l JOIN ads a ON a.id = l.ad_id
                WHERE l.network_id IS NOT NULL
                GROUP BY l.network_id
                HAVING COUNT(*) >= 2 AND SUM(CASE WHEN a.ingested_at >= :since THEN 1 ELSE 0 END) > 0
                ORDER BY recent DESC, size DESC, l.network_id
                LIMIT :limit""")
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .param("limit", limit)
                .query((rs, n) -> new Growth(rs.getString("network_id"), rs.getLong("recent"), rs.getLong("size")))
                .list();
    }

    /** Total ads stored. */
    long totalAds() {
        return jdbc.sql("SELECT COUNT(*) FROM ads").query(Long.class).single();
    }
}
