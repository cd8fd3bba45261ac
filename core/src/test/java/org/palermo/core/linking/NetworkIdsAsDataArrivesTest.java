package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierType;

class NetworkIdsAsDataArrivesTest {

    private final Linker linker = new Linker(new LinkIndex(LinkSettings.defaults()));

    private static LinkInput ad(String id, String text, String phone) {
        Ad ad = new Ad(id, "", text + " call " + phone, Instant.parse("2026-02-01T10:00:00Z"), "Riverton", null,
                null, null, null, null, List.of());
        int start = ad.text().indexOf(phone);
        return LinkInput.of(ad, List.of(new Identifier(IdentifierType.PHONE, "+1" + phone, false, phone, start,
                start + phone.length())));
    }

    @Test
    void aGrowingNetworkKeepsItsId() {
        LinkResult first = linker.linkInputs(List.of(ad("a", "quiet place downtown", "5551110000")));
        String id = first.networkOf(0);
        LinkResult second = linker.linkInputs(List.of(ad("b", "calm evenings by the lake", "5551110000")));

        assertThat(second.networkOf(0)).isEqualTo(id);
        assertThat(second.networkOf(1)).isEqualTo(id);
    }

    @Test
    void aMergeKeepsTheOlderIdAndRecordsTheAbsorbedOne() {
        linker.linkInputs(List.of(
                ad("a", "quiet place downtown", "5551110000"),
                ad("b", "weekend rates vary ask", "5552220000")));
        LinkIndex index = linker.index();
        String older = Linker.networkId(0);
        String younger = Linker.networkId(1);

        Ad bridge = new Ad("c", "", "call 5551110000 or 5552220000", null, null, null, null, null, null, null,
                List.of());
        LinkResult merged = linker.linkInputs(List.of(LinkInput.of(bridge, List.of(
                new Identifier(IdentifierType.PHONE, "+15551110000", false, "5551110000", 5, 15),
                new Identifier(IdentifierType.PHONE, "+15552220000", false, "5552220000", 19, 29)))));

        assertThat(merged.networkOf(index.indexOf("b"))).isEqualTo(older);
        assertThat(merged.absorbedNow()).containsEntry(0, List.of(1));
        NetworkSummary summary = new NetworkSummaries(merged).describe(0);
        assertThat(summary.absorbed()).containsExactly(younger);
        assertThat(summary.edges()).extracting(NetworkSummary.LinkEdge::value)
                .containsExactlyInAnyOrder("phone:+15551110000", "phone:+15552220000");
    }
}
