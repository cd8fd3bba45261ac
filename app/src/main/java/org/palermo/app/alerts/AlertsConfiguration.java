package org.palermo.app.alerts;

import java.time.Clock;
import org.palermo.app.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires saved searches and alerts. */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

    @Bean
    SavedSearchesJdbcRepository savedSearchesJdbcRepository(JdbcClient jdbc) {
        return new SavedSearchesJdbcRepository(jdbc);
    }

    @Bean
    AlertsJdbcRepository alertsJdbcRepository(JdbcClient jdbc, JdbcTemplate template) {
        return new AlertsJdbcRepository(jdbc, template);
    }

    @Bean
    SavedSearches savedSearches(SavedSearchesJdbcRepository searches, AlertsJdbcRepository alerts, AuditLog audit,
            TransactionTemplate transactions, Clock clock) {
        return new SavedSearches(searches, alerts, audit, transactions, clock);
    }

    @Bean
    AlertEvaluation alertEvaluation(SavedSearchesJdbcRepository searches, JdbcClient jdbc,
            AlertsJdbcRepository alerts, Clock clock, TransactionTemplate transactions) {
        return new AlertEvaluation(searches, new NewAdsJdbcRepository(jdbc), alerts, clock, transactions);
    }
}
