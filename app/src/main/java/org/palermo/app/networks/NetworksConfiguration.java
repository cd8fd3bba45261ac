package org.palermo.app.networks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.review.Labels;
import org.palermo.core.linking.LinkSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires linking in the server: one {@link ServerLinking}, rebuilt from the database when the server starts. */
@Configuration(proxyBeanMethods = false)
class NetworksConfiguration {

    @Bean(initMethod = "start")
    ServerLinking serverLinking(JdbcClient jdbc, JdbcTemplate template, ObjectMapper mapper,
            TransactionTemplate transactions, Clock clock) {
        return new ServerLinking(new LinksJdbcRepository(jdbc, template, mapper), transactions, clock,
                LinkSettings.defaults());
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
