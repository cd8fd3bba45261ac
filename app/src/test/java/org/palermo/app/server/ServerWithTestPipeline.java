package org.palermo.app.server;

import org.springframework.boot.SpringApplication;

/**
 * The server with the test pipeline of {@link TestServerConfiguration} instead of the pending one, as a separate
 * process for {@link SurvivingSigkillIT}. Reads the database from the environment like {@code palermo serve}.
 */
public final class ServerWithTestPipeline {

    private ServerWithTestPipeline() {}

    public static void main(String[] args) {
        DatabaseSettings database = DatabaseSettings.fromEnvironment(System.getenv());
        Database.createEmbeddedDirectory(database);
        SpringApplication application = new SpringApplication(PalermoServer.class, TestServerConfiguration.class);
        application.setDefaultProperties(database.asSpringProperties());
        application.run(args);
    }
}
