package org.palermo.app.ads;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.io.AdJson;
import org.palermo.app.review.Labels;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the ads feature. */
@Configuration(proxyBeanMethods = false)
class AdsConfiguration {

    /**
     * Until core's screening and linking are merged: store ads unanalysed. The integrator defines one
     * {@code @Bean AdPipeline} that calls core, and this default steps aside.
     */
    @Bean
    @ConditionalOnMissingBean(AdPipeline.class)
    AdPipeline pendingAnalysisPipeline() {
        return new PendingAnalysisPipeline();
    }

    @Bean
    AdsJdbcRepository adsJdbcRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper mapper) {
        return new AdsJdbcRepository(jdbc, template, mapper);
    }

    @Bean
    AnalysesJdbcRepository analysesJdbcRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper mapper) {
        return new AnalysesJdbcRepository(jdbc, template, mapper);
    }

    @Bean
    AdRequests adRequests(ObjectMapper mapper) {
        return new AdRequests(new AdJson(mapper));
    }

    @Bean
    AdIngest adIngest(AdsJdbcRepository ads, AnalysesJdbcRepository analyses, AdPipeline pipeline, AuditLog audit,
            TransactionTemplate transactions, Clock clock) {
        return new AdIngest(ads, analyses, pipeline, audit, transactions, clock);
    }

    @Bean
    AdReads adReads(AdsJdbcRepository ads, AnalysesJdbcRepository analyses, Labels labels, AuditLog audit) {
        return new AdReads(ads, analyses, labels, audit);
    }
}
