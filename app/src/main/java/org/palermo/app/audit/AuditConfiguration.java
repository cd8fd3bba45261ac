package org.palermo.app.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the audit log. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditLog auditLog(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        return new AuditLog(jdbc, transactions, clock);
    }
}
