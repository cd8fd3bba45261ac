package org.palermo.core.world;

/**
 * The active actors ordered by their next posting time (ties by actor number): a binary heap over primitive keys,
 * which keeps the comparisons in one array instead of chasing actor objects across the heap.
 */
final class PostingQueue {

    private static final int NUMBER_BITS = 26;

    private long[] keys = new long[1024];
    private Actor[] actors = new Actor[1024];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** The next posting time of the earliest actor; only when not empty. */
    long peekTime() {
        return keys[0] >>> NUMBER_BITS;
    }

    void add(Actor actor) {
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, size * 2);
            actors = java.util.Arrays.copyOf(actors, size * 2);
        }
        long key = (actor.nextPostAt << NUMBER_BITS) | (actor.number & ((1L << NUMBER_BITS) - 1));
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[at] = keys[parent];
            actors[at] = actors[parent];
            at = parent;
        }
        keys[at] = key;
        actors[at] = actor;
    }

    Actor poll() {
        Actor first = actors[0];
        size--;
        long key = keys[size];
        Actor last = actors[size];
        actors[size] = null;
        int at = 0;
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (key <= keys[child]) {
                break;
            }
            keys[at] = keys[child];
            actors[at] = actors[child];
            at = child;
        }
        if (size > 0) {
            keys[at] = key;
            actors[at] = last;
        }
        return first;
    }
}
