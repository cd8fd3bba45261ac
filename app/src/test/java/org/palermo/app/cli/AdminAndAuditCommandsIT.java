package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.app.server.Database;
import org.palermo.app.server.DatabaseSettings;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first account, a partner token and an audit check, as an operator types them: {@code palermo admin} and
 * {@code palermo audit verify} run as separate processes on an H2 file database named by {@code PALERMO_DATA_DIR}.
 */
class AdminAndAuditCommandsIT {

    @TempDir Path dataDir;

    record Run(int exitCode, String out, String err) {}

    private Run palermo(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Palermo.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PALERMO_DATA_DIR", dataDir.toString());
        builder.environment().remove("PALERMO_DB_URL");
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anOperatorCreatesTheFirstAccountAndATokenAndVerifyCatchesAChangedRecord() throws Exception {
        Run weak = palermo("short\n", "admin", "create-user", "--username", "root", "--role", "ADMIN");
        assertThat(weak.exitCode()).isEqualTo(2);
        assertThat(weak.err()).contains("password must be 12 to 256 characters");

        Run admin = palermo("a long enough passphrase\n", "admin", "create-user", "--username", "root", "--role", "ADMIN");
        assertThat(admin.exitCode()).isZero();
        assertThat(admin.out()).isEqualTo("created account root with role ADMIN\n");

        palermo("another long passphrase\n", "admin", "create-user", "--username", "feed", "--role", "PARTNER");
        Run token = palermo("", "admin", "create-token", "--username", "feed", "--name", "hotline", "--scope",
                "ingest,screen");
        assertThat(token.exitCode()).isZero();
        assertThat(token.out().trim()).startsWith("plm_").doesNotContain(" ");

        Run verify = palermo("", "audit", "verify");
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).isEqualTo("audit log intact: 3 record(s), chain verified\n");

        JdbcTemplate jdbc = new JdbcTemplate(Database.open(DatabaseSettings.embedded(dataDir)));
        jdbc.execute("DROP TRIGGER audit_log_append_only");
        jdbc.update("UPDATE audit_log SET target = 'user feed role ADMIN' WHERE seq = 2");
        jdbc.execute("SHUTDOWN");
        Run tampered = palermo("", "audit", "verify");
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.out()).startsWith("audit log BROKEN at sequence number 2:");
    }
}
