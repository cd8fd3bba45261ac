package org.palermo.app.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what to which target, when and why, chained to the line before it.
 *
 * @param target what was read or written, e.g. {@code ad 42} or {@code search city=Leeds -> 12 ads}
 * @param reason why, as the caller stated it ({@code X-Palermo-Reason}); may be null
 */
public record AuditRecord(
        long seq, Instant at, String actor, String action, String target, String reason, String prevHash,
        String hash) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
        if (seq < 1) {
            throw new IllegalArgumentException("audit sequence numbers start at 1, was " + seq);
        }
    }
}
