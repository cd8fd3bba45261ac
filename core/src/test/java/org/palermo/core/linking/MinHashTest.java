package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String TEXT = "Hi I'm Anna, 23. Sweet friendly companionship downtown near the hotel, "
            + "quiet private place, gentlemen only, book ahead please, reply fast, call 555-123-4567";

    private static int[] shingles(String text) {
        return Shingles.of(text, List.of(), null, 128);
    }

    private static boolean shareBand(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void copiesWithOtherNumbersAndPhonesHaveTheSameShingles() {
        String copy = TEXT.replace("23", "25").replace("555-123-4567", "(555) 987 6543");
        assertThat(shingles(copy)).isEqualTo(shingles(TEXT));
    }

    @Test
    void nearDuplicatesCollideInABand() {
        MinHash minHash = new MinHash(7, 20, 3);
        String edited = TEXT.replace("quiet", "calm").replace("reply fast", "reply");
        assertThat(shareBand(minHash.bandKeys(shingles(TEXT)), minHash.bandKeys(shingles(edited)))).isTrue();
    }

    @Test
    void unrelatedTextsDoNotCollide() {
        MinHash minHash = new MinHash(7, 20, 3);
        String other = "Professional relaxing massage studio open evenings and weekends, walk ins welcome, "
                + "parking at the back, ask about rates, visiting town next week";
        assertThat(shareBand(minHash.bandKeys(shingles(TEXT)), minHash.bandKeys(shingles(other)))).isFalse();
    }

    @Test
    void sameSeedGivesSameKeysAndAnotherSeedOthers() {
        long[] first = new MinHash(42, 20, 3).bandKeys(shingles(TEXT));
        long[] again = new MinHash(42, 20, 3).bandKeys(shingles(TEXT));
        long[] other = new MinHash(43, 20, 3).bandKeys(shingles(TEXT));
        assertThat(again).isEqualTo(first);
        assertThat(Arrays.equals(other, first)).isFalse();
    }

    @Test
    void jaccardOfIdenticalSetsIsOneAndOfDisjointSetsZero() {
        int[] a = {1, 2, 3};
        int[] b = {4, 5};
        assertThat(Shingles.jaccard(a, 0, 3, a, 0, 3)).isEqualTo(1.0);
        assertThat(Shingles.jaccard(a, 0, 3, b, 0, 2)).isZero();
    }

    @Test
    void theEarlyExitJaccardAgreesWithTheExactOneAtAndAboveTheThreshold() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int trial = 0; trial < 500; trial++) {
            int[] a = random.ints(5 + random.nextInt(40), 0, 60).sorted().distinct().toArray();
            int[] b = random.ints(5 + random.nextInt(40), 0, 60).sorted().distinct().toArray();
            int[] data = new int[a.length + b.length];
            System.arraycopy(a, 0, data, 0, a.length);
            System.arraycopy(b, 0, data, a.length, b.length);
            double exact = Shingles.jaccard(a, 0, a.length, b, 0, b.length);
            double fast = Shingles.jaccardAtLeast(data, 0, a.length, a.length, data.length, 0.4);
            if (exact >= 0.4) {
                assertThat(fast).isEqualTo(exact);
            } else {
                assertThat(fast).isLessThan(0.4);
            }
        }
    }
}
