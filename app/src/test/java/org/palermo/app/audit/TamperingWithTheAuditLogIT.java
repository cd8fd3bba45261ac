package org.palermo.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Someone with direct database access edits or deletes audit records; {@code palermo audit verify}'s check names
 * the first broken sequence number. (The test puts every record back, since the Spring context is shared.)
 */
class TamperingWithTheAuditLogIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired AuditLog audit;

    private boolean postgres() throws Exception {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** What an attacker who owns the schema does first: switch off the append-only guard. */
    private void disableGuard() throws Exception {
        jdbc.execute(postgres() ? "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"
                : "DROP TRIGGER audit_log_append_only");
    }

    private void enableGuard() throws Exception {
        jdbc.execute(postgres() ? "ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"
                : "CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW CALL "
                        + "'org.palermo.app.audit.AuditLogAppendOnlyTrigger'");
    }

    private List<AuditRecord> someRecords() {
        for (int i = 0; i < 3; i++) {
            audit.append("tester", "test.write", "thing " + i + " " + UUID.randomUUID(), "testing the chain");
        }
        return audit.page(jdbc.queryForObject("SELECT seq FROM audit_head", Long.class) - 3, 3);
    }

    private AuditVerification verify() {
        return new AuditVerifier(jdbc).verify();
    }

    @Test
    void writesAndReadsOfPersonalDataLeaveChainedRecordsWithWhoWhatAndWhy() throws Exception {
        String body = "{\"id\": \"audited-" + UUID.randomUUID() + "\", \"title\": \"t\"}";
        long id = Long.parseLong(mvc.perform(post("/api/v1/ads").with(as("partner-audit", Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/ads/" + id).with(as("analyst-audit", Role.ANALYST))
                        .header(Reasons.HEADER, "case 17: checking a referral"))
                .andExpect(status().isOk());

        Map<String, Object> read = jdbc.queryForMap(
                "SELECT actor, action, target, reason FROM audit_log WHERE seq = (SELECT seq FROM audit_head)");
        assertThat(read).containsEntry("actor", "analyst-audit").containsEntry("action", "ads.read")
                .containsEntry("target", "ad " + id).containsEntry("reason", "case 17: checking a referral");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = 'partner-audit' AND "
                + "action = 'ads.ingest' AND target LIKE ?", Long.class, "ads created [" + id + "]%")).isEqualTo(1);
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditRecords() {
        AuditRecord record = someRecords().get(0);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET actor = 'someone else' WHERE seq = ?",
                record.seq())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE seq = ?", record.seq()))
                .hasMessageContaining("append-only");
    }

    @Test
    void verifyNamesTheFirstChangedRecord() throws Exception {
        AuditRecord victim = someRecords().get(1);
        disableGuard();
        try {
            jdbc.update("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = ?", victim.seq());
            AuditVerification result = verify();
            assertThat(result.isIntact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(victim.seq());
            assertThat(result.describe()).contains("changed");
        } finally {
            jdbc.update("UPDATE audit_log SET reason = ? WHERE seq = ?", victim.reason(), victim.seq());
            enableGuard();
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void verifyNamesADeletedRecordAndRecordsDeletedFromTheEnd() throws Exception {
        List<AuditRecord> records = someRecords();
        AuditRecord middle = records.get(1);
        AuditRecord last = records.get(2);
        disableGuard();
        try {
            jdbc.update("DELETE FROM audit_log WHERE seq = ?", middle.seq());
            assertThat(verify().firstBadSeq()).isEqualTo(middle.seq());
            restore(middle);

            jdbc.update("DELETE FROM audit_log WHERE seq = ?", last.seq());
            assertThat(verify().firstBadSeq()).isEqualTo(last.seq());
            assertThat(verify().describe()).contains("missing");
            restore(last);
        } finally {
            enableGuard();
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void auditorsReadTheLogThroughTheApiAndThatReadIsAuditedToo() throws Exception {
        someRecords();
        long head = jdbc.queryForObject("SELECT seq FROM audit_head", Long.class);

        mvc.perform(get("/api/v1/audit").param("after", Long.toString(head - 2)).param("size", "2")
                        .with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records.length()").value(2))
                .andExpect(jsonPath("$.records[1].seq").value(head))
                .andExpect(jsonPath("$.records[1].prevHash").isString());
        assertThat(jdbc.queryForObject("SELECT action FROM audit_log WHERE seq = ?", String.class, head + 1))
                .isEqualTo("audit.read");
    }

    private void restore(AuditRecord r) {
        jdbc.update("INSERT INTO audit_log (seq, at, actor, action, target, reason, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.seq(), java.time.OffsetDateTime.ofInstant(r.at(),
                java.time.ZoneOffset.UTC), r.actor(), r.action(), r.target(), r.reason(), r.prevHash(), r.hash());
    }
}
