package org.palermo.app.server;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where Palermo keeps its data: PostgreSQL when {@code PALERMO_DB_URL} is set (with {@code PALERMO_DB_USER} and
 * {@code PALERMO_DB_PASSWORD}), otherwise an embedded H2 file database in {@code PALERMO_DATA_DIR} (default
 * {@code ./data}). The server and the database commands ({@code palermo admin}, {@code palermo audit}) read the
 * same settings, so they open the same database.
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database URL must be jdbc:h2:... or jdbc:postgresql:..., was "
                    + url.substring(0, Math.min(url.length(), 20)) + "...");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        String url = env.get("PALERMO_DB_URL");
        if (url != null && !url.isBlank()) {
            return new DatabaseSettings(url.trim(), env.get("PALERMO_DB_USER"), env.get("PALERMO_DB_PASSWORD"));
        }
        String dir = env.getOrDefault("PALERMO_DATA_DIR", "data");
        return embedded(Path.of(dir));
    }

    /**
     * The embedded H2 file database {@code palermo} in the given directory. {@code WRITE_DELAY=0} makes H2 write
     * each commit to the file before the commit returns (its default delays writes by up to 500 ms, and a killed
     * process then loses commits it had acknowledged; SurvivingSigkillIT found exactly that).
     */
    public static DatabaseSettings embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("palermo").toString();
        return new DatabaseSettings("jdbc:h2:file:" + file + ";WRITE_DELAY=0", "sa", "");
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The vendor folder of the migrations, as Spring Boot's {@code {vendor}} placeholder names it. */
    public String vendor() {
        return isEmbedded() ? "h2" : "postgresql";
    }

    /** The Spring properties that point the server at this database. */
    public Map<String, Object> asSpringProperties() {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    /** The URL without credentials or parameters, safe for logs. */
    public String describe() {
        int parameters = url.indexOf(isEmbedded() ? ';' : '?');
        String bare = parameters < 0 ? url : url.substring(0, parameters);
        return bare.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:") ? "H2 " + bare.substring(8) : "PostgreSQL " + bare;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + "]";
    }
}
