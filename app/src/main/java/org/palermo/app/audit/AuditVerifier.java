package org.palermo.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Recomputes the audit log's hash chain from the database and reports the first record that was changed, removed
 * or inserted out of order; the head row catches records removed from the end.
 */
public final class AuditVerifier {

    private final JdbcTemplate jdbc;

    public AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AuditVerification verify() {
        Walk walk = new Walk();
        jdbc.setFetchSize(1000);
        jdbc.query("SELECT seq, at, actor, action, target, reason, prev_hash, hash FROM audit_log ORDER BY seq", walk);
        if (walk.result != null) {
            return walk.result;
        }
        long headSeq = jdbc.queryForObject("SELECT seq FROM audit_head WHERE id = 1", Long.class);
        String headHash = jdbc.queryForObject("SELECT hash FROM audit_head WHERE id = 1", String.class);
        if (headSeq != walk.lastSeq) {
            return new AuditVerification(walk.checked, walk.lastSeq + 1, headSeq > walk.lastSeq
                    ? "missing: the log ends at " + walk.lastSeq + " but " + headSeq + " record(s) were written"
                    : "the log has records after " + headSeq + ", the last one written");
        }
        if (!headHash.equals(walk.lastHash)) {
            return new AuditVerification(walk.checked, walk.lastSeq, "the last record is not the one written");
        }
        return AuditVerification.intact(walk.checked);
    }

    private static final class Walk implements RowCallbackHandler {
        long checked;
        long lastSeq;
        String lastHash = AuditChain.GENESIS;
        AuditVerification result;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (result != null) {
                return;
            }
            AuditRecord record = AuditLog.row(rs);
            checked++;
            long expected = lastSeq + 1;
            if (record.seq() != expected) {
                result = new AuditVerification(checked, expected, "missing: the next record found is " + record.seq());
            } else if (!record.prevHash().equals(lastHash)) {
                result = new AuditVerification(checked, record.seq(), "its previous hash does not match the record before it");
            } else if (!AuditChain.hashOf(record).equals(record.hash())) {
                result = new AuditVerification(checked, record.seq(), "its content does not match its hash (changed)");
            }
            lastSeq = record.seq();
            lastHash = record.hash();
        }
    }
}
