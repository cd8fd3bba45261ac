package org.palermo.app.ads;

import java.time.Instant;

/** One search result: enough to pick an ad from a list. */
public record AdSummary(long id, String source, String externalId, String title, String city, String site,
        Instant postedAt, Double risk, String band) {}
