package org.palermo.app.ads;

/**
 * The answer for one ingested ad. {@code created} is false when the ad (same source and external id) was stored
 * before; the stored record is returned unchanged.
 *
 * @param screened whether a screening result is stored for it; {@code risk} and {@code band} are null otherwise
 */
public record AdReceipt(long id, String source, String externalId, boolean created, boolean screened, Double risk,
        String band) {}
