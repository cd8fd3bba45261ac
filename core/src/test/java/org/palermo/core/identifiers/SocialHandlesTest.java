package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocialHandlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IG: Jane_Doe | instagram:jane_doe",
        "insta @jane.doe | instagram:jane.doe",
        "Instagram jane_doe | instagram:jane_doe",
        "snap: xoxo22 | snapchat:xoxo22",
        "sc: janed | snapchat:janed",
        "snapchat - janed | snapchat:janed",
        "kik: jane22 | kik:jane22",
        "telegram @jane_tg | telegram:jane_tg",
        "twitter @JaneD | twitter:janed",
        "X: @JaneD | twitter:janed",
        "onlyfans: janed | onlyfans:janed",
        "only fans @janed | onlyfans:janed",
    })
    void readsPlatformAndName(String written, String value) {
        assertThat(values("add me " + written + " xo", IdentifierType.HANDLE)).containsExactly(value);
    }

    @Test
    void bareAtNameIsAGenericHandle() {
        assertThat(values("follow @Jane_D for updates", IdentifierType.HANDLE)).containsExactly("handle:jane_d");
    }

    @Test
    void ordinarySentencesAreNotHandles() {
        assertThat(values("kik me, snap back, text only, my insta is private, oh snap", IdentifierType.HANDLE)).isEmpty();
        assertThat(values("add me on snapchat for pics", IdentifierType.HANDLE)).isEmpty();
    }

    @Test
    void theLetterXNamesTwitterOnlyBeforeAColonOrAt() {
        assertThat(values("x marks the spot, x 3 times", IdentifierType.HANDLE)).isEmpty();
    }

    @Test
    void spanCoversPlatformAndName() {
        String text = "hi IG: jane_doe bye";
        Identifier handle = Extraction.ofType(text, "US", IdentifierType.HANDLE).get(0);
        assertThat(text.substring(handle.start(), handle.end())).isEqualTo("IG: jane_doe");
    }
}
