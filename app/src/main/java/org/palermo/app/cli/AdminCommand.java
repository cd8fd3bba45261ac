package org.palermo.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.security.Account;
import org.palermo.app.security.Accounts;
import org.palermo.app.security.Actor;
import org.palermo.app.security.ApiTokens;
import org.palermo.app.security.IssuedToken;
import org.palermo.app.security.Role;
import org.palermo.app.security.Scope;
import org.palermo.app.server.Database;
import org.palermo.app.server.DatabaseSettings;
import org.palermo.app.web.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code palermo admin}: accounts and tokens, straight on the database (for the first account, or scripts). */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manage accounts and API tokens in the database the server uses (stop an embedded-H2 server "
                + "first: H2 allows one process at a time).",
        subcommands = {AdminCommand.CreateUser.class, AdminCommand.CreateToken.class, LinkOidcCommand.class})
final class AdminCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The database and the services that write to it, without the server. */
    record Store(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, Accounts accounts, ApiTokens tokens) {
        static Store open() {
            Database.useCommandLineLogging();
            DataSource dataSource = Database.open(DatabaseSettings.fromEnvironment(System.getenv()));
            JdbcClient jdbc = JdbcClient.create(dataSource);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            Clock clock = Clock.systemUTC();
            return new Store(jdbc, transactions, new AuditLog(jdbc, transactions, clock),
                    new Accounts(jdbc, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), clock),
                    new ApiTokens(jdbc, clock, new SecureRandom()));
        }
    }

    static Actor cliActor() {
        return Actor.cli(System.getProperty("user.name", "unknown"));
    }

    @Command(name = "create-user", mixinStandardHelpOptions = true,
            description = "Create an account. The password is read from --password-file, or the first line of stdin.")
    static final class CreateUser implements Callable<Integer> {
        @Option(names = "--username", required = true, description = "2-64 characters of a-z, 0-9, '.', '_', '-'.")
        String username;

        @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--password-file", description = "File whose first line is the password (12+ characters).")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            String password = passwordFile != null
                    ? firstLine(Files.newBufferedReader(passwordFile, StandardCharsets.UTF_8))
                    : firstLine(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            Store store = Store.open();
            try {
                Account account = store.transactions().execute(status -> {
                    Account created = store.accounts().create(username, password, role);
                    store.audit().append(cliActor().describe(), "users.create",
                            "user " + created.username() + " role " + created.role(), "palermo admin create-user");
                    return created;
                });
                System.out.println("created account " + account.username() + " with role " + account.role());
                return 0;
            } catch (InvalidRequestException e) {
                e.violations().forEach(v -> System.err.println("palermo admin: " + v.pointer() + " " + v.message()));
                return 2;
            }
        }

        private static String firstLine(BufferedReader reader) throws IOException {
            try (reader) {
                String line = reader.readLine();
                return line == null ? "" : line;
            }
        }
    }

    @Command(name = "create-token", mixinStandardHelpOptions = true,
            description = "Issue an API token for an account and print its secret (shown this once only).")
    static final class CreateToken implements Callable<Integer> {
        @Option(names = "--username", required = true, description = "The account the token speaks for.")
        String username;

        @Option(names = "--name", required = true, description = "What the token is for, e.g. the partner system.")
        String name;

        @Option(names = "--scope", required = true, split = ",",
                description = "Scopes (repeat or comma-separate): ${COMPLETION-CANDIDATES}.")
        List<Scope> scopes;

        @Option(names = "--days", defaultValue = "90", description = "Lifetime in days (default: ${DEFAULT-VALUE}).")
        int days;

        @Override
        public Integer call() {
            Store store = Store.open();
            Account owner = store.accounts().find(username).orElse(null);
            if (owner == null) {
                System.err.println("palermo admin: no account " + username);
                return 2;
            }
            Set<Scope> scopeSet = EnumSet.copyOf(scopes);
            try {
                IssuedToken token = store.transactions().execute(status -> {
                    IssuedToken issued = store.tokens().issue(owner, name, scopeSet,
                            ApiTokens.checkLifetime(Duration.ofDays(days), Duration.ofDays(3650)));
                    store.audit().append(cliActor().describe(), "tokens.issue", "token " + issued.id()
                            + " for user " + username + " scopes " + Scope.codes(scopeSet), "palermo admin create-token");
                    return issued;
                });
                System.err.println("token " + token.id() + " for " + username + ", expires " + token.expiresAt()
                        + "; the secret below is shown only now:");
                System.out.println(token.secret());
                return 0;
            } catch (InvalidRequestException e) {
                e.violations().forEach(v -> System.err.println("palermo admin: " + v.pointer() + " " + v.message()));
                return 2;
            }
        }
    }
}
