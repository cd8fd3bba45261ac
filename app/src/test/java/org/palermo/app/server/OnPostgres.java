package org.palermo.app.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a {@link ServerTest} scenario on PostgreSQL instead of H2; skipped with "PostgreSQL not configured" unless
 * {@code PALERMO_TEST_DB_URL} is set ({@code eval "$(bash .ci/postgres.sh)"} sets it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles(value = "postgres", inheritProfiles = false)
@EnabledIfEnvironmentVariable(named = "PALERMO_TEST_DB_URL", matches = ".+",
        disabledReason = "PostgreSQL not configured: set PALERMO_TEST_DB_URL (see .ci/postgres.sh)")
public @interface OnPostgres {}
