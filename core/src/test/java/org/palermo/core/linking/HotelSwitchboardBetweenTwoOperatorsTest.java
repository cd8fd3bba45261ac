package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HotelSwitchboardBetweenTwoOperatorsTest {

    private static final String HOTEL = "+15550000001";

    private final LinkingWorld world = new LinkingWorld(11);

    private LinkResult link() {
        return new Linker(new LinkIndex(LinkSettings.defaults())).linkInputs(world.inputs);
    }

    private Set<String> networksOf(LinkResult result, String operator) {
        Set<String> networks = new HashSet<>();
        for (int ad = 0; ad < world.inputs.size(); ad++) {
            if (world.truth.get(ad).network().equals(operator)) {
                networks.add(result.networkOf(ad));
            }
        }
        return networks;
    }

    @Test
    void twoUnrelatedOperatorsSharingAHotelPhoneStayApartAndTheCutIsReported() {
        world.operator("op0", 1, 10, 2, HOTEL, 0.5).operator("op1", 2, 10, 2, HOTEL, 0.5);
        LinkResult result = link();

        assertThat(networksOf(result, "op0")).hasSize(1).doesNotContainAnyElementsOf(networksOf(result, "op1"));
        assertThat(networksOf(result, "op1")).hasSize(1);
        assertThat(result.partition().hubs()).extracting(HubIdentifier::key).containsExactly("phone:" + HOTEL);
    }

    @Test
    void unrelatedOperatorsSharingAHotelPhoneStayApart() {
        for (int op = 0; op < 4; op++) {
            world.operator("op" + op, 2, 20, 2, HOTEL, 0.2);
        }
        LinkResult result = link();

        for (int op = 0; op < 4; op++) {
            assertThat(networksOf(result, "op" + op)).hasSize(1);
        }
        Set<String> all = new HashSet<>();
        for (int op = 0; op < 4; op++) {
            all.addAll(networksOf(result, "op" + op));
        }
        assertThat(all).as("four operators, four networks").hasSize(4);
    }

    @Test
    void theCutHubIsReportedWithItsReasonOnEveryNetworkItTouches() {
        for (int op = 0; op < 4; op++) {
            world.operator("op" + op, 2, 20, 2, HOTEL, 0.2);
        }
        LinkResult result = link();
        NetworkSummaries summaries = new NetworkSummaries(result);

        assertThat(result.partition().hubs()).singleElement()
                .satisfies(hub -> assertThat(hub.key()).isEqualTo("phone:" + HOTEL))
                .satisfies(hub -> assertThat(hub.groups()).isEqualTo(4))
                .satisfies(hub -> assertThat(hub.reason()).contains("joins 4 groups"));
        for (int root : result.allNetworks()) {
            NetworkSummary network = summaries.describe(root);
            assertThat(network.identifiers()).doesNotContain("phone:" + HOTEL);
            assertThat(network.cutHubs()).extracting(HubIdentifier::key).containsOnly("phone:" + HOTEL);
        }
    }

    @Test
    void anOperatorsOwnPhoneAcrossItsTemplatesIsNotAHub() {
        world.operator("op0", 5, 40, 2, null, 0);
        LinkResult result = link();

        assertThat(result.partition().hubs()).isEmpty();
        assertThat(networksOf(result, "op0")).hasSize(1);
    }
}
