package org.palermo.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void usesAnH2FileDatabaseUnderDataByDefault() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of());

        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.url()).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("palermo"))
                .contains("WRITE_DELAY=0");
        assertThat(settings.vendor()).isEqualTo("h2");
    }

    @Test
    void usesPostgresqlWhenTheEnvironmentNamesIt() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of(
                "PALERMO_DB_URL", "jdbc:postgresql://db:5432/palermo?ssl=true",
                "PALERMO_DB_USER", "palermo", "PALERMO_DB_PASSWORD", "secret"));

        assertThat(settings.vendor()).isEqualTo("postgresql");
        assertThat(settings.user()).isEqualTo("palermo");
        assertThat(settings.toString()).doesNotContain("secret").doesNotContain("ssl=true");
    }

    @Test
    void refusesADatabaseItHasNoMigrationsFor() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://db/palermo", "u", "p"))
                .hasMessageContaining("jdbc:h2");
    }
}
