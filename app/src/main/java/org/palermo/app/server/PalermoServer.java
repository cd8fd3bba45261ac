package org.palermo.app.server;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The Palermo server that {@code palermo serve} starts: REST API, persistence, security and audit. */
@SpringBootApplication(scanBasePackages = "org.palermo.app")
@OpenAPIDefinition(info = @Info(title = "Palermo API", version = "v1",
        description = "Ingest, screen, search and review online ads; tips; audit. Errors are RFC 9457 problem details. "
                + "Send 'X-Palermo-Reason' to say why you read or write personal data."))
@ConfigurationPropertiesScan("org.palermo.app")
public class PalermoServer {

    /** Starts the server on the given port with the database the environment names, and returns at once. */
    public static ConfigurableApplicationContext start(int port, DatabaseSettings database, String... args) {
        Database.createEmbeddedDirectory(database);
        SpringApplication application = new SpringApplication(PalermoServer.class);
        Map<String, Object> defaults = new HashMap<>(database.asSpringProperties());
        defaults.put("server.port", port);
        application.setDefaultProperties(defaults);
        return application.run(args);
    }

    public static void main(String[] args) {
        start(8080, DatabaseSettings.fromEnvironment(System.getenv()), args);
    }
}
