package org.palermo.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingFreeTextTest {

    @Test
    void masksIntroducedNamesPhonesAndEmailsKeepingTheLength() {
        String text = "Ask for Alina, call +1 555 201 3344 or write alina.b@example.org tonight";

        String masked = FreeTextMasking.mask(text);

        assertThat(masked).hasSameSizeAs(text)
                .doesNotContain("Alina", "201 33", "alina.b", "example")
                .contains("Ask for A", "tonight", "44");
    }

    @Test
    void leavesTextWithoutPersonalDataAlone() {
        assertThat(FreeTextMasking.mask("Relaxing massage downtown, open late")).isEqualTo(
                "Relaxing massage downtown, open late");
        assertThat(FreeTextMasking.mask(null)).isNull();
    }
}
