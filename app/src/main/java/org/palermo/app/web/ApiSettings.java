package org.palermo.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the REST API.
 *
 * @param maxRequestBytes largest request body accepted (413 beyond)
 * @param maxBatchAds     most ads in one batch ingest request
 * @param maxPageSize     largest page a query returns
 */
@ConfigurationProperties("palermo.api")
public record ApiSettings(long maxRequestBytes, int maxBatchAds, int maxPageSize) {

    public ApiSettings {
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("palermo.api.max-request-bytes must be at least 1024, was "
                    + maxRequestBytes);
        }
        if (maxBatchAds < 1) {
            throw new IllegalArgumentException("palermo.api.max-batch-ads must be positive, was " + maxBatchAds);
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("palermo.api.max-page-size must be positive, was " + maxPageSize);
        }
    }
}
