package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkEdgesAndReasonsTest {

    private final LinkingWorld world = new LinkingWorld(5)
            .operator("op0", 3, 30, 3, null, 0)
            .operator("op1", 1, 12, 3, null, 0);

    @Test
    void everyNetworkOfNAdsHasNMinusOneEdgesEachWithAReasonAndATime() {
        LinkResult result = new Linker(new LinkIndex(LinkSettings.defaults())).linkInputs(world.inputs);
        NetworkSummaries summaries = new NetworkSummaries(result);

        for (int root : result.allNetworks()) {
            NetworkSummary network = summaries.describe(root);
            assertThat(network.edges()).hasSize(network.ads().size() - 1);
            Set<String> reached = new HashSet<>(List.of(network.ads().get(0)));
            for (NetworkSummary.LinkEdge edge : network.edges()) {
                assertThat(edge.reason()).isIn("template", "identifier");
                assertThat(edge.value()).isNotBlank();
                assertThat(edge.at()).isNotNull();
                if (edge.reason().equals("template")) {
                    assertThat(edge.similarity()).isGreaterThanOrEqualTo(LinkSettings.defaults().minJaccard());
                } else {
                    assertThat(edge.value()).startsWith("phone:");
                }
                reached.add(edge.from());
                reached.add(edge.to());
            }
            assertThat(reached).containsExactlyInAnyOrderElementsOf(network.ads());
        }
    }

    @Test
    void aNetworkShowsItsMovementNamesPerPhoneCadenceAndAnExplainedRisk() {
        LinkResult result = new Linker(new LinkIndex(LinkSettings.defaults())).linkInputs(world.inputs);
        NetworkSummary network = new NetworkSummaries(result).describe(result.partition().network[0]);

        assertThat(network.ads()).hasSize(30);
        assertThat(network.cities()).isNotEmpty().allSatisfy(city -> {
            assertThat(city.first()).isBeforeOrEqualTo(city.last());
            assertThat(city.ads()).isPositive();
        });
        assertThat(network.persons()).singleElement()
                .satisfies(phone -> assertThat(phone.names().size()).isGreaterThan(3));
        assertThat(network.features().medianGapHours()).isNotNull().isPositive();
        assertThat(network.risk().factors()).extracting(NetworkSummary.RiskFactor::feature)
                .contains("names_per_phone");
        assertThat(network.risk().score()).isBetween(0.0, 1.0);
    }
}
