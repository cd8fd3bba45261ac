package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void sharedWordsStayAndVaryingWordsBecomeSlots() {
        String template = TemplateText.of(List.of(
                "Hi I'm Anna new in Riverton call 555-1111",
                "Hi I'm Bella new in Oakdale call 555-2222",
                "Hi I'm Chloe new in Lakeside call 555-3333"));

        assertThat(template).isEqualTo("Hi I'm […] new in […] call […]");
    }

    @Test
    void aRandomEditInOneMemberDoesNotBreakTheTemplate() {
        String template = TemplateText.of(List.of(
                "sweet quiet place downtown book ahead",
                "sweet quiet place downtown book ahead",
                "sweet calm place downtown book ahead please"));

        assertThat(template).isEqualTo("sweet quiet place downtown book ahead");
    }
}
