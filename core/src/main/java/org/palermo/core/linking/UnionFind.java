package org.palermo.core.linking;

import java.util.Arrays;

/**
 * Union-find over ad indexes in primitive arrays. The root of a set is always its smallest index, i.e. the
 * earliest ad seen, which is what makes template and network ids stable: a growing set keeps its root, and a
 * merge keeps the older root.
 */
public final class UnionFind {

    private int[] parent;
    private int size;

    public UnionFind(int capacity) {
        parent = new int[Math.max(capacity, 16)];
    }

    /** A union-find whose first {@code parents.length} elements have these parents (not necessarily roots). */
    public static UnionFind of(int[] parents, int size) {
        UnionFind uf = new UnionFind(size);
        System.arraycopy(parents, 0, uf.parent, 0, size);
        uf.size = size;
        return uf;
    }

    public int size() {
        return size;
    }

    /** Adds elements up to {@code newSize}, each in a set of its own. */
    public void grow(int newSize) {
        if (newSize > parent.length) {
            parent = Arrays.copyOf(parent, Math.max(newSize, parent.length + (parent.length >> 1)));
        }
        for (int i = size; i < newSize; i++) {
            parent[i] = i;
        }
        size = Math.max(size, newSize);
    }

    public int find(int x) {
        int[] p = parent;
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    /** Joins the sets of a and b; true when they were apart. */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (ra < rb) {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
        return true;
    }

    /** A copy of the parent array, every element pointing straight at its root. */
    public int[] roots() {
        int[] roots = new int[size];
        for (int i = 0; i < size; i++) {
            roots[i] = find(i);
        }
        return roots;
    }
}
