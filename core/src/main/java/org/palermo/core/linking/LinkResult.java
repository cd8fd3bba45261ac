package org.palermo.core.linking;

import java.util.List;
import java.util.Map;

/**
 * The outcome of linking one batch: template and network of each ad, and what changed.
 *
 * @param first       arrival index of the batch's first ad
 * @param end         one past the batch's last ad
 * @param absorbedNow network id to the ids it absorbed in this batch
 */
public record LinkResult(LinkIndex index, NetworkPartition partition, int first, int end,
        Map<Integer, List<Integer>> absorbedNow) {

    public String templateOf(int ad) {
        return Linker.templateId(partition.template[ad]);
    }

    public String networkOf(int ad) {
        return Linker.networkId(partition.network[ad]);
    }

    /** Network roots touched by this batch (containing a new ad), in increasing order. */
    public int[] touchedNetworks() {
        java.util.BitSet roots = new java.util.BitSet();
        for (int ad = first; ad < end; ad++) {
            roots.set(partition.network[ad]);
        }
        return roots.stream().toArray();
    }

    /** Every network root, in increasing order. */
    public int[] allNetworks() {
        java.util.BitSet roots = new java.util.BitSet();
        for (int ad = 0; ad < end; ad++) {
            roots.set(partition.network[ad]);
        }
        return roots.stream().toArray();
    }
}
