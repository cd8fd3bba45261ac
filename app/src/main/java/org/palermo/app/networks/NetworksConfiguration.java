package org.palermo.app.networks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.review.Labels;
import org.palermo.core.linking.LinkSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires linking in the server: one {@link ServerLinking}, built when the server starts from the link index
 * checkpoint plus later ads, or from the database alone, and checkpointed again on shutdown.
 */
@Configuration(proxyBeanMethods = false)
class NetworksConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    ServerLinking serverLinking(JdbcClient jdbc, JdbcTemplate template, ObjectMapper mapper,
            TransactionTemplate transactions, Clock clock,
            @Value("${palermo.linking.checkpoint-dir:}") String checkpointDir,
            @Value("${palermo.linking.checkpoint-every-batches:50}") int everyBatches,
            @Value("${palermo.linking.checkpoint-min-ads:10000}") long minAds,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        Path dir = checkpointDir(checkpointDir, databaseUrl);
        return new ServerLinking(new LinksJdbcRepository(jdbc, template, mapper), transactions, clock,
                LinkSettings.defaults(), dir == null ? null : new LinkCheckpoint(dir, everyBatches, minAds));
    }

    /**
     * Where the link index checkpoint lives: the configured directory; else {@code link-index} beside an embedded
     * H2 file database (in the data directory); else none (PostgreSQL, in-memory H2): start-up rebuilds.
     */
    static Path checkpointDir(String configured, String databaseUrl) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String prefix = "jdbc:h2:file:";
        if (databaseUrl == null || !databaseUrl.startsWith(prefix)) {
            return null;
        }
        int parameters = databaseUrl.indexOf(';');
        String file = databaseUrl.substring(prefix.length(), parameters < 0 ? databaseUrl.length() : parameters);
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return parent == null ? null : parent.resolve("link-index");
    }

    @Bean
    NetworkGraph networkGraph(ServerLinking linking, AuditLog audit, JdbcClient jdbc) {
        return new NetworkGraph(linking, audit, new AdPlaces(jdbc));
    }

    @Bean
    NetworkReads networkReads(ServerLinking linking, Labels labels, AuditLog audit, JdbcClient jdbc) {
        return new NetworkReads(linking, labels, audit, new MemberTexts(jdbc));
    }
}
