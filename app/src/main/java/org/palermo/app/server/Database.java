package org.palermo.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Opens Palermo's database without the server, for command-line tools ({@code palermo admin},
 * {@code palermo audit}): a plain data source with the schema migrated by the same Flyway scripts.
 */
public final class Database {

    private Database() {}

    /**
     * Commands that open the database without the server log only warnings, to stderr
     * ({@code palermo-cli-logback.xml}), so standard output carries only their result. Call before anything logs.
     */
    public static void useCommandLineLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "palermo-cli-logback.xml");
        }
    }

    public static DataSource open(DatabaseSettings settings) {
        createEmbeddedDirectory(settings);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                settings.url(), settings.user(), settings.password());
        migrate(dataSource, settings);
        return dataSource;
    }

    static void migrate(DataSource dataSource, DatabaseSettings settings) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + settings.vendor())
                .load()
                .migrate();
    }

    /** H2 creates the database file but not its directory. */
    static void createEmbeddedDirectory(DatabaseSettings settings) {
        if (!settings.isEmbedded() || !settings.url().startsWith("jdbc:h2:file:")) {
            return;
        }
        String path = settings.url().substring("jdbc:h2:file:".length());
        int parameters = path.indexOf(';');
        Path file = Path.of(parameters < 0 ? path : path.substring(0, parameters));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory for " + file, e);
        }
    }
}
