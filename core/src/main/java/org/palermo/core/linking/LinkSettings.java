package org.palermo.core.linking;

/**
 * The knobs of linking. {@link #defaults()} is what {@code palermo link} uses; docs/linking.md explains each.
 *
 * @param seed               seed of the MinHash functions (same seed, same signatures, same links)
 * @param bands              LSH bands
 * @param rows               MinHash values per band; candidates collide in a band with probability J^rows
 * @param minJaccard         exact Jaccard of two ads' shingle sets at or above which they share a template
 * @param minShingles        ads with fewer distinct shingles never join a template (too short to tell)
 * @param maxShingles        shingles kept per ad (the smallest hashes, so the sample is consistent across ads)
 * @param firstInBucket      each ad is verified against up to this many earliest ads of each bucket ...
 * @param previousInBucket   ... and up to this many ads just before it in the bucket
 * @param hubMinGroups       an identifier is a hub when it joins at least this many groups that each have their
 *                           own contact identifier (see {@link NetworkPartition})
 * @param hubMaxGroups       ... or when it touches more groups than this, whatever their contacts
 */
public record LinkSettings(
        long seed,
        int bands,
        int rows,
        double minJaccard,
        int minShingles,
        int maxShingles,
        int firstInBucket,
        int previousInBucket,
        int hubMinGroups,
        int hubMaxGroups) {

    public LinkSettings {
        positive("bands", bands);
        positive("rows", rows);
        positive("minShingles", minShingles);
        positive("maxShingles", maxShingles);
        positive("hubMinGroups", hubMinGroups);
        if (minJaccard <= 0 || minJaccard > 1) {
            throw new IllegalArgumentException("minJaccard must lie in (0, 1], was " + minJaccard);
        }
        if (firstInBucket < 0 || previousInBucket < 0 || firstInBucket + previousInBucket == 0) {
            throw new IllegalArgumentException("bucket comparisons must be non-negative and not both zero, were "
                    + firstInBucket + " and " + previousInBucket);
        }
        if (hubMaxGroups < hubMinGroups) {
            throw new IllegalArgumentException("hubMaxGroups " + hubMaxGroups + " is below hubMinGroups " + hubMinGroups);
        }
    }

    public static LinkSettings defaults() {
        return new LinkSettings(0x5EED_2024L, 20, 3, 0.55, 3, 128, 4, 4, 2, 50);
    }

    public LinkSettings withMinJaccard(double threshold) {
        return new LinkSettings(seed, bands, rows, threshold, minShingles, maxShingles, firstInBucket,
                previousInBucket, hubMinGroups, hubMaxGroups);
    }

    public int hashes() {
        return bands * rows;
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
