package org.palermo.app.cli;

import java.util.concurrent.Callable;
import org.palermo.app.audit.AuditVerification;
import org.palermo.app.audit.AuditVerifier;
import org.palermo.app.server.Database;
import org.palermo.app.server.DatabaseSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;

/** {@code palermo audit verify}: recompute the audit log's hash chain and report the first break. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit log.",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute the hash chain of the audit log from the database (PALERMO_DB_URL or the H2 "
                    + "file database in PALERMO_DATA_DIR, default ./data).",
                "Exit code 0: intact; 1: a record was changed, removed or inserted (the first one is named)."})
    static final class Verify implements Callable<Integer> {
        @Override
        public Integer call() {
            Database.useCommandLineLogging();
            AuditVerification result = new AuditVerifier(
                    new JdbcTemplate(Database.open(DatabaseSettings.fromEnvironment(System.getenv())))).verify();
            System.out.println(result.describe());
            return result.isIntact() ? 0 : 1;
        }
    }
}
