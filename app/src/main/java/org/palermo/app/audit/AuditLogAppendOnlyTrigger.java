package org.palermo.app.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's guard that makes {@code audit_log} append-only (migration V2 for H2); PostgreSQL has a PL/pgSQL twin. */
public class AuditLogAppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
                + " is not allowed");
    }
}
