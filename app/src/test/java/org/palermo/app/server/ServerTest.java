package org.palermo.app.server;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the server's integration tests ({@code *IT}): the whole server on the embedded H2 database (in memory),
 * driven through MockMvc with the real security filters. Every subclass shares one Spring context, so tests must
 * not depend on a clean database: each makes its own ads and accounts with unique names.
 *
 * <p>Each scenario class has a twin {@code ...OnPostgresIT} that runs the same tests on PostgreSQL when
 * {@code PALERMO_TEST_DB_URL} is set (see {@link OnPostgres}).
 */
@SpringBootTest(classes = PalermoServer.class)
@AutoConfigureMockMvc
@ActiveProfiles("h2")
@Import(TestServerConfiguration.class)
public abstract class ServerTest {}
