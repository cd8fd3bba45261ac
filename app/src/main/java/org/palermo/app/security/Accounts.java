package org.palermo.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The accounts of people and partner systems, with Argon2id password hashes. */
public class Accounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 256;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public Accounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Creates an account; every rule the username and password break is reported together. */
    public Account create(String username, String password, Role role) {
        List<Violation> violations = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            violations.add(new Violation("username",
                    "must be 2-64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit"));
        } else if (find(username).isPresent()) {
            violations.add(new Violation("username", "is taken"));
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            violations.add(new Violation("password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        }
        if (role == null) {
            violations.add(new Violation("role", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String hash = encoder.encode(password);
        jdbc.sql("""
                INSERT INTO users (username, password_hash, role, enabled, created_at)
                VALUES (:username, :hash, :role, TRUE, :at)""")
                .param("username", username)
                .param("hash", hash)
                .param("role", role.name())
                .param("at", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
        return find(username).orElseThrow();
    }

    /**
     * An account for OpenID Connect login only: its password is 256 random bits that nobody is ever told, so the
     * password login cannot succeed for it.
     */
    public Account createWithoutPassword(String username, Role role, SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return create(username, Base64.getUrlEncoder().withoutPadding().encodeToString(secret), role);
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT id, username, password_hash, role, enabled FROM users WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled")))
                .optional();
    }
}
