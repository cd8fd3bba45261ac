package org.palermo.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo data, tests and benchmarks must be reproducible: the seed decides everything. */
class GeneratingWorldsFromSeedsTest {

    @Test
    void theSameSeedGivesTheSameWorld() {
        WorldFixture.World first = WorldFixture.generate(3_000, 42);
        WorldFixture.World second = WorldFixture.generate(3_000, 42);
        assertThat(second.ads()).isEqualTo(first.ads());
        assertThat(second.truths()).isEqualTo(first.truths());
        assertThat(second.tips()).isEqualTo(first.tips());
        assertThat(second.people()).isEqualTo(first.people());
        assertThat(second.summary()).isEqualTo(first.summary());
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        WorldFixture.World first = WorldFixture.generate(1_000, 42);
        WorldFixture.World second = WorldFixture.generate(1_000, 43);
        assertThat(second.ads().get(0).body()).isNotEqualTo(first.ads().get(0).body());
        assertThat(second.truths()).isNotEqualTo(first.truths());
    }

    @Test
    void theWorldHasExactlyTheRequestedNumberOfAds() {
        assertThat(WorldFixture.generate(1, 1).ads()).hasSize(1);
        assertThat(WorldFixture.generate(0, 1).ads()).isEmpty();
        assertThat(WorldFixture.generate(2_345, 9).summary().ads()).isEqualTo(2_345);
    }

    @Test
    void adsArePostedWithinTheSpanAfterTheStartDate() {
        WorldSettings settings = WorldSettings.defaults().withAds(5_000);
        WorldFixture.World world = WorldFixture.generate(settings);
        java.time.Instant start = settings.start().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        assertThat(world.ads()).allSatisfy(ad -> assertThat(ad.postedAt())
                .isAfterOrEqualTo(start).isBefore(start.plus(java.time.Duration.ofDays(settings.spanDays() + 60))));
    }
}
