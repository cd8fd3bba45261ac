package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves identifiers whose spans overlap (an e-mail's domain also looks like a link, a profile link also holds
 * an @name): the longer span wins, then the more specific type (e-mail, payment, handle, link).
 */
final class Overlaps {

    private Overlaps() {
    }

    static List<Identifier> resolve(List<Identifier> found) {
        List<Identifier> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt((Identifier id) -> id.start() - id.end())
                .thenComparingInt(Overlaps::rank)
                .thenComparingInt(Identifier::start));
        List<Identifier> kept = new ArrayList<>();
        for (Identifier candidate : ranked) {
            if (kept.stream().noneMatch(k -> overlaps(k, candidate))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static int rank(Identifier id) {
        switch (id.type()) {
            case EMAIL:
                return 0;
            case PAYMENT:
                return 1;
            case HANDLE:
                return 2;
            default:
                return 3;
        }
    }

    private static boolean overlaps(Identifier a, Identifier b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
