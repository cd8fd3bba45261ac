package org.palermo.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void reportsEveryRepeatAndNoFirstSightingAcrossGrowth() {
        SeenIds seen = new SeenIds();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.add("ad-" + i)).isTrue();
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(seen.add("ad-" + i)).isFalse();
        }
        assertThat(seen.size()).isEqualTo(200_000);
    }
}
