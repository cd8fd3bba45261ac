-- H2 only (the PostgreSQL twin is a PL/pgSQL trigger): the audit log is append-only in the database too.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'org.palermo.app.audit.AuditLogAppendOnlyTrigger';
