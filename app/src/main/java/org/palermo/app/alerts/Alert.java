package org.palermo.app.alerts;

import java.time.Instant;

/**
 * A newly ingested ad that matched a saved search, with enough of the ad to pick it from a list.
 *
 * @param seenAt when the owner marked it seen, or null
 */
public record Alert(long id, long savedSearchId, String searchName, long adId, String adTitle, String adCity,
        Instant adPostedAt, String band, Instant createdAt, Instant seenAt) {}
