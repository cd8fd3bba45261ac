package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.app.server.Database;
import org.palermo.app.server.DatabaseSettings;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code palermo admin link-oidc} as an operator runs it, as a separate process on an H2 file database. */
class LinkingAnOidcIdentityFromTheCommandLineIT {

    private static final String ISSUER = "https://id.example.org/realms/ngo";

    @TempDir Path dataDir;

    record Run(int exitCode, String out, String err) {}

    private Run palermo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Palermo.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PALERMO_DATA_DIR", dataDir.toString());
        builder.environment().put(LinkOidcCommand.ISSUER_VARIABLE, ISSUER);
        builder.environment().remove("PALERMO_DB_URL");
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anOperatorCreatesAnOidcOnlyAccountLinkedToAVerifiedEmailAndTheAuditChainHoldsIt() throws Exception {
        Run unknown = palermo("admin", "link-oidc", "--username", "ana", "--email", "ana@ngo.example");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no such account; give a role to create it");

        Run linked = palermo("admin", "link-oidc", "--username", "ana", "--role", "ANALYST",
                "--email", "Ana@NGO.example");

        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(linked.out()).startsWith("linked account ana to verified e-mail ana@ngo.example at " + ISSUER);
        Run verify = palermo("audit", "verify");
        assertThat(verify.out()).isEqualTo("audit log intact: 2 record(s), chain verified\n");
        JdbcTemplate jdbc = new JdbcTemplate(Database.open(DatabaseSettings.embedded(dataDir)));
        Map<String, Object> row = jdbc.queryForMap("SELECT u.role, u.password_hash, l.issuer, l.subject, l.email "
                + "FROM oidc_links l JOIN users u ON u.id = l.user_id WHERE u.username = 'ana'");
        assertThat(row.get("ROLE")).isEqualTo("ANALYST");
        assertThat((String) row.get("PASSWORD_HASH")).startsWith("$argon2id$");
        assertThat(row.get("ISSUER")).isEqualTo(ISSUER);
        assertThat(row.get("SUBJECT")).isNull();
        assertThat(row.get("EMAIL")).isEqualTo("ana@ngo.example");
        jdbc.execute("SHUTDOWN");
    }
}
