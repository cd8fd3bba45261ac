package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves identifiers whose spans overlap (an e-mail's domain also looks like a link, a profile link also holds
 * an @name): e-mails always stay; otherwise the longer span wins, then the more specific type (payment, handle,
 * link). A payment handle given as an e-mail ({@code zelle: name@mail.com}) stays beside that e-mail.
 * O(k log k) in the number of identifiers: kept spans are disjoint, so one neighbour lookup decides a conflict.
 */
final class Overlaps {

    private Overlaps() {
    }

    static List<Identifier> resolve(List<Identifier> found) {
        List<Identifier> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt((Identifier id) -> id.type() == IdentifierType.EMAIL ? 0 : 1)
                .thenComparingInt((Identifier id) -> id.start() - id.end())
                .thenComparingInt(Overlaps::rank)
                .thenComparingInt(Identifier::start));
        TreeMap<Integer, Identifier> emails = new TreeMap<>();
        TreeMap<Integer, Identifier> others = new TreeMap<>();
        for (Identifier candidate : ranked) {
            Identifier email = overlapping(emails, candidate);
            boolean emailConflict = email != null && !paidByEmail(email, candidate);
            if (!emailConflict && overlapping(others, candidate) == null) {
                (candidate.type() == IdentifierType.EMAIL ? emails : others).put(candidate.start(), candidate);
            }
        }
        List<Identifier> kept = new ArrayList<>(emails.values());
        kept.addAll(others.values());
        return kept;
    }

    /** The kept identifier that overlaps the candidate, or null; kept spans are disjoint. */
    private static Identifier overlapping(TreeMap<Integer, Identifier> kept, Identifier candidate) {
        Map.Entry<Integer, Identifier> floor = kept.floorEntry(Math.max(candidate.start(), candidate.end() - 1));
        if (floor == null) {
            return null;
        }
        Identifier k = floor.getValue();
        boolean overlaps = k.start() < Math.max(candidate.end(), candidate.start() + 1)
                && candidate.start() < Math.max(k.end(), k.start() + 1);
        return overlaps ? k : null;
    }

    private static boolean paidByEmail(Identifier email, Identifier candidate) {
        return candidate.type() == IdentifierType.PAYMENT && candidate.value().endsWith(":" + email.value());
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
}
