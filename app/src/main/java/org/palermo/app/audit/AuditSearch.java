package org.palermo.app.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds audit records for auditors, newest first: by actor (the account, with or without a token), action, and a
 * time range. Pages are keyed by sequence number ({@code before}), so a page stays put while records are appended.
 */
public class AuditSearch {

    /** What to look for; null fields are no condition. {@code to} is exclusive. */
    public record Filter(String actor, String action, Instant from, Instant to) {}

    private final JdbcClient jdbc;

    public AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} records with a sequence number below {@code before} (all when null), newest first. */
    public List<AuditRecord> find(Filter filter, Long before, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null) {
            conditions.add("(actor = :actor OR actor LIKE :actorToken)");
            params.put("actor", filter.actor());
            params.put("actorToken", filter.actor() + " (token %");
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
            params.put("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (before != null) {
            conditions.add("seq < :before");
            params.put("before", before);
        }
        params.put("limit", limit);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT seq, at, actor, action, target, reason, prev_hash, hash FROM audit_log" + where
                        + " ORDER BY seq DESC FETCH FIRST :limit ROWS ONLY")
                .params(params).query((rs, n) -> AuditLog.row(rs)).list();
    }

    /** The actions recorded so far, for a filter's choices. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action").query(String.class).list();
    }
}
