package org.palermo.app.review;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Analysts' labels of ads and networks. Labels are only ever added; a later label supersedes an earlier one. */
public class Labels {

    /** What a label is about. */
    public enum Subject { AD, NETWORK }

    /** A stored label. */
    public record Labelled(long id, Subject subject, String subjectId, Label label, String reason, String username,
            Instant labelledAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public Labels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Labelled add(Subject subject, String subjectId, Label label, String reason, String username) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO labels (subject_type, subject_id, label, reason, username, labelled_at)
                VALUES (:type, :subject, :label, :reason, :username, :at)""")
                .param("type", subject.name())
                .param("subject", subjectId)
                .param("label", label.name())
                .param("reason", reason)
                .param("username", username)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return new Labelled(id, subject, subjectId, label, reason, username, at);
    }

    public List<Labelled> of(Subject subject, String subjectId) {
        return jdbc.sql("""
                SELECT id, label, reason, username, labelled_at FROM labels
                WHERE subject_type = :type AND subject_id = :subject ORDER BY labelled_at, id""")
                .param("type", subject.name())
                .param("subject", subjectId)
                .query((rs, n) -> new Labelled(rs.getLong("id"), subject, subjectId, Label.valueOf(rs.getString("label")),
                        rs.getString("reason"), rs.getString("username"),
                        rs.getObject("labelled_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Whether an ad with this database id exists. */
    boolean adExists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM ads WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }
}
