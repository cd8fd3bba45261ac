package org.palermo.app.audit;

/**
 * What {@code palermo audit verify} found.
 *
 * @param checked        records read
 * @param firstBadSeq    the first sequence number that is missing or whose hash does not match, or -1 when intact
 * @param problem        what is wrong there, or null
 */
public record AuditVerification(long checked, long firstBadSeq, String problem) {

    public static AuditVerification intact(long checked) {
        return new AuditVerification(checked, -1, null);
    }

    public boolean isIntact() {
        return firstBadSeq < 0;
    }

    public String describe() {
        return isIntact()
                ? "audit log intact: " + checked + " record(s), chain verified"
                : "audit log BROKEN at sequence number " + firstBadSeq + ": " + problem;
    }
}
