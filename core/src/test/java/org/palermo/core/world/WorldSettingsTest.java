package org.palermo.core.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldSettingsTest {

    @Test
    void defaultsDescribeTheDocumentedWorld() {
        WorldSettings d = WorldSettings.defaults();
        assertThat(d.ads()).isEqualTo(10_000);
        assertThat(d.seed()).isEqualTo(1);
        assertThat(d.controlledShare()).isEqualTo(0.15);
        assertThat(d.obfuscationRate(ActorKind.CONTROLLED)).isGreaterThan(d.obfuscationRate(ActorKind.INDEPENDENT));
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        assertThatThrownBy(() -> new WorldSettings(-5, 1, 0.5, 0.5, 0.5, Set.of("FR"), 1.5, 3, 0.1, 10, 10,
                LocalDate.of(2025, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ads must be >= 0, was -5")
                .hasMessageContaining("actor mix must sum to 1, was 1.5")
                .hasMessageContaining("[FR]")
                .hasMessageContaining("obfuscationRate must be in [0, 1], was 1.5")
                .hasMessageContaining("spanDays must be in 1..3650, was 0");
    }

    @Test
    void aWorldOfOneCountryUsesOnlyItsCities() {
        WorldSettings settings = new WorldSettings(2_000, 1, 0.6, 0.25, 0.15, Set.of("GB"), 0.55, 3, 0.12, 20, 20,
                LocalDate.of(2025, 1, 1), 60);
        WorldFixture.World world = WorldFixture.generate(settings);
        assertThat(world.ads()).allSatisfy(ad -> assertThat(ad.country()).isEqualTo("GB"));
        assertThat(world.ads()).anySatisfy(ad -> assertThat(ad.text()).contains("£"));
    }
}
