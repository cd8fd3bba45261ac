package org.palermo.app.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdRangesTest {

    @Test
    void writesRunsOfConsecutiveIdsAsRanges() {
        assertThat(IdRanges.of(List.of(9L, 3L, 4L, 5L, 12L, 13L, 7L))).isEqualTo("[3-5,7,9,12-13]");
        assertThat(IdRanges.of(List.of())).isEqualTo("[]");
    }
}
