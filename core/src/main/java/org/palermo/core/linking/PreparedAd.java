package org.palermo.core.linking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;

/**
 * What linking keeps of one ad: its shingles and LSH band keys, its identifier keys, and the few fields the
 * network features read. Preparing is pure and independent per ad, so callers may prepare in parallel.
 *
 * @param epochSecond posting time, or {@link Long#MIN_VALUE} when unknown
 * @param price       price per hour, or NaN
 * @param risk        screening risk, or NaN
 * @param name        a stated first name ("I'm Anna"), or null
 * @param age         a stated age, or 0
 * @param bandKeys    empty when the ad is too short to share a template
 * @param identifiers keys "type:value" (images as "image:id"), distinct
 */
public record PreparedAd(
        String id,
        long epochSecond,
        String city,
        double price,
        double risk,
        String name,
        int age,
        int[] shingles,
        long[] bandKeys,
        List<String> identifiers) {

    /** Prepares one input with the given hash functions and settings. */
    public static PreparedAd of(LinkInput input, MinHash minHash, LinkSettings settings) {
        Ad ad = input.ad();
        String text = ad.text();
        int[] shingles = Shingles.of(text, input.identifiers(), ad.city(), settings.maxShingles());
        long[] bandKeys = shingles.length >= settings.minShingles() ? minHash.bandKeys(shingles) : new long[0];
        Instant posted = ad.postedAt();
        StatedPerson person = StatedPerson.in(text);
        return new PreparedAd(
                ad.id(),
                posted == null ? Long.MIN_VALUE : posted.getEpochSecond(),
                ad.city() == null || ad.city().isBlank() ? null : ad.city().trim(),
                ad.price() == null ? Double.NaN : ad.price(),
                input.risk() == null ? Double.NaN : input.risk(),
                person.name(),
                person.age(),
                shingles,
                bandKeys,
                identifierKeys(input.identifiers(), ad.images()));
    }

    private static List<String> identifierKeys(List<Identifier> identifiers, List<String> images) {
        Set<String> keys = new LinkedHashSet<>();
        for (Identifier identifier : identifiers) {
            keys.add(identifier.key());
        }
        for (String image : images) {
            if (!image.isBlank()) {
                keys.add("image:" + image.trim());
            }
        }
        return new ArrayList<>(keys);
    }
}
