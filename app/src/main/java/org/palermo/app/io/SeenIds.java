package org.palermo.app.io;

import java.nio.charset.StandardCharsets;

/**
 * The ids seen so far in a run, for duplicate detection in bounded memory: an open-addressing set of 64-bit hashes
 * of the ids (8 bytes per id at most twice over: 16 MB per million ads, so 100 million ads fit in 1.6 GB and a 1 GB
 * input of ~1 million ads in 16 MB). Two different ids collide with probability about n^2 / 2^65 (below one in
 * 3,000 for 100 million ids), in which case the second is wrongly reported as a duplicate.
 */
public final class SeenIds {

    private long[] table = new long[1 << 16];
    private int size;

    /** Adds an id; {@code false} when it was seen before. */
    public boolean add(String id) {
        long hash = hash(id);
        if (hash == 0) {
            hash = 1; // 0 marks an empty slot
        }
        if (2 * (size + 1) > table.length) {
            grow();
        }
        if (!insert(table, hash)) {
            return false;
        }
        size++;
        return true;
    }

    public int size() {
        return size;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[slot] != 0) {
            if (table[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = hash;
        return true;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long hash : table) {
            if (hash != 0) {
                insert(bigger, hash);
            }
        }
        table = bigger;
    }

    /** 64-bit FNV-1a over the UTF-8 bytes, then a murmur3 finaliser to spread the bits. */
    public static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93e63b97f53L;
        h ^= h >>> 33;
        return h;
    }
}
