package org.palermo.app.ads;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.io.AdJson;
import org.palermo.app.networks.ServerLinking;
import org.palermo.app.review.Labels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the ads feature. */
@Configuration(proxyBeanMethods = false)
class AdsConfiguration {

    /**
     * The pipeline ingest and screening run: core's extraction and screening ({@link CoreScreeningPipeline}), unless
     * the application defines its own {@code @Bean AdPipeline} (tests do, to assert on a visible rule). Resolved here
     * rather than with {@code @ConditionalOnMissingBean}, whose answer depends on the order in which configuration
     * classes happen to be read.
     */
    @Bean
    ActivePipeline activePipeline(ObjectProvider<AdPipeline> pipelines, ObjectMapper mapper,
            @Value("${palermo.region:US}") String region) {
        return new ActivePipeline(pipelines.getIfAvailable(() -> new CoreScreeningPipeline(region, mapper)));
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
    AdIngest adIngest(AdsJdbcRepository ads, AnalysesJdbcRepository analyses, ActivePipeline pipeline,
            AuditLog audit, TransactionTemplate transactions, Clock clock, ServerLinking linking,
            ApplicationEventPublisher events) {
        return new AdIngest(ads, analyses, pipeline.pipeline(), audit, transactions, clock, linking, events);
    }

    @Bean
    AdReads adReads(AdsJdbcRepository ads, AnalysesJdbcRepository analyses, Labels labels, AuditLog audit) {
        return new AdReads(ads, analyses, labels, audit);
    }
}
