package org.palermo.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00.123Z");

    private static String hash(String prev, String actor, String target, String reason) {
        return AuditChain.hash(prev, 7, AT, actor, "ads.read", target, reason);
    }

    @Test
    void theSameRecordAlwaysHashesTheSame() {
        assertThat(hash(AuditChain.GENESIS, "ana", "ad 1", "case 3"))
                .isEqualTo(hash(AuditChain.GENESIS, "ana", "ad 1", "case 3"))
                .hasSize(64);
    }

    @Test
    void changingAnyFieldOrThePreviousHashChangesTheHash() {
        String original = hash(AuditChain.GENESIS, "ana", "ad 1", "case 3");

        assertThat(hash("1".repeat(64), "ana", "ad 1", "case 3")).isNotEqualTo(original);
        assertThat(hash(AuditChain.GENESIS, "bob", "ad 1", "case 3")).isNotEqualTo(original);
        assertThat(hash(AuditChain.GENESIS, "ana", "ad 2", "case 3")).isNotEqualTo(original);
        assertThat(hash(AuditChain.GENESIS, "ana", "ad 1", null)).isNotEqualTo(original);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 8, AT, "ana", "ads.read", "ad 1", "case 3"))
                .isNotEqualTo(original);
    }

    @Test
    void movingTextBetweenFieldsIsNoticed() {
        assertThat(hash(AuditChain.GENESIS, "ana\n4:ad 1", "", "case 3"))
                .isNotEqualTo(hash(AuditChain.GENESIS, "ana", "ad 1", "case 3"));
        assertThat(hash(AuditChain.GENESIS, "ana", "", null)).isNotEqualTo(hash(AuditChain.GENESIS, "ana", "", ""));
    }
}
