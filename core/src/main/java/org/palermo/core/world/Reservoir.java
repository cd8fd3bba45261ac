package org.palermo.core.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A uniform sample of at most {@code capacity} items from a stream of unknown length (Vitter's algorithm R). */
final class Reservoir<T> {

    private final int capacity;
    private final SplittableRandom random;
    private final List<T> items;
    private long seen;

    Reservoir(int capacity, SplittableRandom random) {
        this.capacity = capacity;
        this.random = random;
        this.items = new ArrayList<>(Math.min(capacity, 1024));
    }

    void offer(T item) {
        seen++;
        if (items.size() < capacity) {
            items.add(item);
            return;
        }
        long slot = random.nextLong(seen);
        if (slot < capacity) {
            items.set((int) slot, item);
        }
    }

    List<T> items() {
        return items;
    }
}
