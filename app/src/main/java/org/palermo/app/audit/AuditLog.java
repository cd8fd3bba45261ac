package org.palermo.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit log. {@link #append} joins the caller's transaction, so a write and its
 * audit line commit together or not at all. Appends are serialised by the row lock on {@code audit_head}, which
 * works the same on H2 and PostgreSQL. There is no update or delete here, by design.
 */
public class AuditLog {

    /** Longest target or reason kept; longer ones are cut with a marker (the hash covers what is stored). */
    static final int MAX_TARGET = 4000;
    static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AuditRecord append(String actor, String action, String target, String reason) {
        return transactions.execute(status -> appendInTransaction(actor, action, cut(target, MAX_TARGET),
                reason == null ? null : cut(reason, MAX_REASON)));
    }

    private AuditRecord appendInTransaction(String actor, String action, String target, String reason) {
        jdbc.sql("UPDATE audit_head SET seq = seq + 1 WHERE id = 1").update();
        Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditChain.hash(head.hash(), head.seq(), at, actor, action, target, reason);
        jdbc.sql("""
                INSERT INTO audit_log (seq, at, actor, action, target, reason, prev_hash, hash)
                VALUES (:seq, :at, :actor, :action, :target, :reason, :prevHash, :hash)""")
                .param("seq", head.seq())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("reason", reason)
                .param("prevHash", head.hash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_head SET hash = :hash WHERE id = 1").param("hash", hash).update();
        return new AuditRecord(head.seq(), at, actor, action, target, reason, head.hash(), hash);
    }

    /** Records after {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<AuditRecord> page(long afterSeq, int limit) {
        return jdbc.sql("""
                SELECT seq, at, actor, action, target, reason, prev_hash, hash FROM audit_log
                WHERE seq > :after ORDER BY seq FETCH FIRST :limit ROWS ONLY""")
                .param("after", afterSeq)
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    static AuditRecord row(ResultSet rs) throws SQLException {
        return new AuditRecord(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("reason"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private record Head(long seq, String hash) {}
}
