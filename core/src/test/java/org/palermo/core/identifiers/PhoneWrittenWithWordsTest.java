package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.onlyPhone;
import static org.palermo.core.identifiers.Extraction.phones;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneWrittenWithWordsTest {

    @Test
    void readsDigitsMixedWithWordsInOneToken() {
        Identifier phone = onlyPhone("for80 2sixseven one9zerofor");
        assertThat(phone.value()).isEqualTo("+14802671904");
        assertThat(phone.obfuscated()).isTrue();
        assertThat(phone.text()).isEqualTo("for80 2sixseven one9zerofor");
    }

    @Test
    void readsBracketsWordsAndDigits() {
        assertThat(phones("(4 two 4) six 5 two - 0 9 three 1")).containsExactly("+14246520931");
    }

    @Test
    void readsEveryDigitSpelledOut() {
        assertThat(phones("text me four one five eight six seven five three zero nine"))
                .containsExactly("+14158675309");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "f0ur one five 8 6 7 5 3 zer0 n1ne", "four one fivee 867 5309", "4 1 5 8 sixx 7 5309",
        "f0ur1five 8six7 53o9",
    })
    void readsMisspelledNumerals(String written) {
        assertThat(phones(written)).containsExactly("+14158675309");
    }

    @Test
    void readsLookAlikeLettersInsideDigitGroups() {
        assertThat(phones("call 4l5-867-53O9")).containsExactly("+14158675309");
        assertThat(phones("call 7O2 48l 229O")).containsExactly("+17024812290");
    }

    @Test
    void readsOhAndHomophonesBesideDigits() {
        assertThat(phones("702 481 22nine oh")).containsExactly("+17024812290");
        assertThat(phones("call 4one5 ate6seven 5three0nine")).containsExactly("+14158675309");
        assertThat(phones("call for 1 5 867 53 oh 9")).containsExactly("+14158675309");
        assertThat(phones("call 7 oh 2 for 8 1 to 2 9 oh")).containsExactly("+17024812290");
    }

    @Test
    void readsTeensAndTensAsDigitPairs() {
        assertThat(phones("four fifteen 867 fifty three oh nine")).containsExactly("+14158675309");
        assertThat(phones("seven oh two, forty eight, twelve, twenty nine, zero")).containsExactly("+17024812290");
        assertThat(phones("702 four81 twentytwo ninety")).containsExactly("+17024812290");
    }

    @Test
    void homophonesAloneNeverMakeANumber() {
        assertThat(phones("come to me for fun, too good to miss, oh yes")).isEmpty();
    }

    @Test
    void wordsAreObfuscation() {
        assertThat(onlyPhone("four one five 867 5309").obfuscated()).isTrue();
    }
}
