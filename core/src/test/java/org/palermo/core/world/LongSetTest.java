package org.palermo.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The phone book relies on this set never to hand out one number twice. */
class LongSetTest {

    @Test
    void behavesLikeASetOfLongsAcrossGrowth() {
        LongSet set = new LongSet();
        Set<Long> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50_000; i++) {
            long value = 1 + random.nextLong(20_000);
            assertThat(set.add(value)).isEqualTo(reference.add(value));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        for (long v = 1; v <= 20_001; v++) {
            assertThat(set.contains(v)).isEqualTo(reference.contains(v));
        }
    }
}
