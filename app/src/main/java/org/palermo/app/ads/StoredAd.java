package org.palermo.app.ads;

import java.time.Instant;
import java.util.List;

/** An ad row as stored. */
public record StoredAd(long id, String source, String externalId, String title, String body, Instant postedAt,
        String city, String region, String country, String site, String url, Double price, List<String> images,
        Instant ingestedAt) {}
