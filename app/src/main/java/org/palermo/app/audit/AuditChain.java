package org.palermo.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain of the audit log: {@code hash = SHA-256(prev_hash || canonical record)}, hex-encoded. The
 * canonical record writes each field as its length, a colon and its text, one per line, so that no two different
 * records share a canonical form. The first record's previous hash is 64 zeros.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hash(String prevHash, long seq, Instant at, String actor, String action, String target,
            String reason) {
        StringBuilder canonical = new StringBuilder(prevHash).append('\n');
        field(canonical, Long.toString(seq));
        field(canonical, at.toString());
        field(canonical, actor);
        field(canonical, action);
        field(canonical, target);
        field(canonical, reason);
        return sha256(canonical.toString());
    }

    public static String hashOf(AuditRecord record) {
        return hash(record.prevHash(), record.seq(), record.at(), record.actor(), record.action(), record.target(),
                record.reason());
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-1:\n");
        } else {
            canonical.append(value.length()).append(':').append(value).append('\n');
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
