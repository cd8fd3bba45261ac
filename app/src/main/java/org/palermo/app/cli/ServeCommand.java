package org.palermo.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.palermo.app.server.DatabaseSettings;
import org.palermo.app.server.PalermoServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code palermo serve}: the server, until it is stopped (SIGTERM or Ctrl-C shut it down gracefully). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the Palermo server: REST API (OpenAPI at /v3/api-docs, /swagger-ui.html), persistence, "
                + "security and audit.",
            "Database: PostgreSQL when PALERMO_DB_URL (+ PALERMO_DB_USER, PALERMO_DB_PASSWORD) is set, otherwise an "
                + "H2 file database in PALERMO_DATA_DIR (default ./data). See docs/server.md."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Unmatched
    String[] springArguments = new String[0];

    @Override
    public Integer call() throws InterruptedException {
        DatabaseSettings database = DatabaseSettings.fromEnvironment(System.getenv());
        ConfigurableApplicationContext context = PalermoServer.start(port, database, springArguments);
        if (!context.isActive()) {
            return 1;
        }
        System.err.println("palermo: serving on http://localhost:" + port + " with " + database.describe());
        awaitClose(context);
        return 0;
    }

    /** Blocks until the server stops (Ctrl-C or SIGTERM: the shutdown hook closes the context gracefully). */
    static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
