package org.palermo.core.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Links batches of ads into templates and networks, keeping ids stable: a template's or network's id is the
 * arrival index of its earliest ad, so a growing network keeps its id, and a merge keeps the older id and
 * records the ids it absorbed.
 */
public final class Linker {

    private final LinkIndex index;
    private final MinHash minHash;
    private int staged = -1;

    public Linker(LinkIndex index) {
        this.index = index;
        this.minHash = MinHash.of(index.settings);
    }

    public LinkIndex index() {
        return index;
    }

    /** Pure and thread-safe: callers may prepare a batch in parallel before {@link #link}. */
    public PreparedAd prepare(LinkInput input) {
        return PreparedAd.of(input, minHash, index.settings);
    }

    /**
     * Appends prepared ads to the index without linking them (so a large input need not be held in memory as
     * a whole); {@link #commit} links everything staged since the last commit. Validates ids as it goes.
     *
     * @throws IllegalArgumentException on an id already in the index
     */
    public void stage(List<PreparedAd> prepared) {
        if (staged < 0) {
            staged = index.size;
        }
        index.append(prepared);
    }

    /** Links everything staged since the last commit, relinks networks and records which absorbed which. */
    public LinkResult commit() {
        int first = staged < 0 ? index.size : staged;
        staged = -1;
        index.linkPending(first);
        NetworkPartition partition = NetworkPartition.of(index);
        Map<Integer, List<Integer>> absorbedNow = commitNetworkIds(partition, first);
        return new LinkResult(index, partition, first, index.size, absorbedNow);
    }

    /**
     * Prepares ads for an index built with these settings, before that index is at hand (preparing depends on
     * the settings only): lets a caller prepare a batch while the state is still being read.
     */
    public static Function<LinkInput, PreparedAd> preparer(LinkSettings settings) {
        MinHash minHash = MinHash.of(settings);
        return input -> PreparedAd.of(input, minHash, settings);
    }

    /** Stages and commits one prepared batch. */
    public LinkResult link(List<PreparedAd> batch) {
        stage(batch);
        return commit();
    }

    /** Links inputs in one call (prepares sequentially). */
    public LinkResult linkInputs(List<LinkInput> inputs) {
        List<PreparedAd> prepared = new ArrayList<>(inputs.size());
        for (LinkInput input : inputs) {
            prepared.add(prepare(input));
        }
        return link(prepared);
    }

    private Map<Integer, List<Integer>> commitNetworkIds(NetworkPartition partition, int firstNew) {
        Map<Integer, List<Integer>> absorbedNow = new java.util.TreeMap<>();
        int[] network = partition.network;
        for (int i = 0; i < firstNew; i++) {
            int old = index.networkOf[i];
            if (old == i && network[i] != i) {
                absorbedNow.computeIfAbsent(network[i], k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Integer, List<Integer>> entry : absorbedNow.entrySet()) {
            int keeper = entry.getKey();
            int[] history = index.absorbed.getOrDefault(keeper, new int[0]);
            for (int gone : entry.getValue()) {
                history = concat(history, new int[] {gone}, index.absorbed.getOrDefault(gone, new int[0]));
                index.absorbed.remove(gone);
            }
            Arrays.sort(history);
            index.absorbed.put(keeper, history);
        }
        System.arraycopy(network, 0, index.networkOf, 0, index.size);
        return absorbedNow;
    }

    private static int[] concat(int[] a, int[] b, int[] c) {
        int[] out = Arrays.copyOf(a, a.length + b.length + c.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }

    /** The string form of a template id. */
    public static String templateId(int root) {
        return "t" + root;
    }

    /** The string form of a network id. */
    public static String networkId(int root) {
        return "n" + root;
    }
}
