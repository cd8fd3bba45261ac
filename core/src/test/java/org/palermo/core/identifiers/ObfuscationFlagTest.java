package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.onlyPhone;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObfuscationFlagTest {

    @ParameterizedTest
    @ValueSource(strings = {"415-867-5309", "(415) 867-5309", "415.867.5309", "+1 415 867 5309", "4158675309",
        "415/867/5309"})
    void plainWritingIsNotObfuscated(String written) {
        assertThat(onlyPhone(written).obfuscated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 1 5 8 6 7 5 3 0 9", "4.1.5.8.6.7.5.3.0.9", "415*867*5309", "415_867_5309",
        "415~867~5309", "415 💋 867 💋 5309", "415$867$5309", "four15 867 5309", "415 867 53o9"})
    void disguisedWritingIsObfuscated(String written) {
        assertThat(onlyPhone(written).obfuscated()).isTrue();
    }

    @Test
    void extractorReportsWhetherAnyPhoneWasObscured() {
        List<Identifier> plain = Extraction.all("call 415-867-5309, email me@example.com");
        List<Identifier> obscured = Extraction.all("call 415-867-5309 or four one five 867 5309");
        assertThat(IdentifierExtractor.anyObfuscatedPhone(plain)).isFalse();
        assertThat(IdentifierExtractor.anyObfuscatedPhone(obscured)).isTrue();
    }

    @Test
    void spelledOutEmailIsObfuscatedButPlainEmailIsNot() {
        assertThat(Extraction.ofType("jane at gmail dot com", "US", IdentifierType.EMAIL).get(0).obfuscated()).isTrue();
        assertThat(Extraction.ofType("jane@gmail.com", "US", IdentifierType.EMAIL).get(0).obfuscated()).isFalse();
    }
}
