package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The edit that defeats InfoShield (DOMAIN.md §3): up to three words changed at random positions per ad.
 * Template clusters must stay precise (>= 0.98) and complete (>= 0.95) pairwise.
 */
class TemplatesUnderRandomWordEditsProperties {

    @Property(tries = 8)
    void templatesSurviveThreeRandomWordEdits(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        LinkingWorld world = new LinkingWorld(seed);
        for (int op = 0; op < 40; op++) {
            world.operator("op" + op, 1 + op % 3, 5 + op % 11, 3, null, 0);
        }
        LinkResult result = new Linker(new LinkIndex(LinkSettings.defaults())).linkInputs(world.inputs);

        List<String> predicted = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (int ad = 0; ad < world.inputs.size(); ad++) {
            predicted.add(result.templateOf(ad));
            truth.add(world.truth.get(ad).template());
        }
        PairCounts counts = PairCounts.of(predicted, truth);
        assertThat(counts.precision()).as("template pairwise precision").isGreaterThanOrEqualTo(0.98);
        assertThat(counts.recall()).as("template pairwise recall").isGreaterThanOrEqualTo(0.95);
    }
}
