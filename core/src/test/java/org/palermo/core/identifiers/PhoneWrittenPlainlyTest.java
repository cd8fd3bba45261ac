package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.onlyPhone;
import static org.palermo.core.identifiers.Extraction.phones;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneWrittenPlainlyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "4158675309", "415-867-5309", "415.867.5309", "415 867 5309", "(415) 867-5309", "(415)867-5309",
        "1-415-867-5309", "1 (415) 867 5309", "+1 415 867 5309", "+14158675309", "415/867/5309", "415 - 867 - 5309",
    })
    void readsEveryCommonNorthAmericanFormatAsE164(String written) {
        assertThat(phones("call me " + written + " anytime")).containsExactly("+14158675309");
    }

    @Test
    void plainNumberIsNotObfuscated() {
        assertThat(onlyPhone("call 415-867-5309").obfuscated()).isFalse();
    }

    @Test
    void spanPointsAtTheNumberAsWritten() {
        String text = "Sweet and kind. Call (415) 867-5309 today";
        Identifier phone = onlyPhone(text);
        assertThat(text.substring(phone.start(), phone.end())).isEqualTo("(415) 867-5309");
        assertThat(phone.text()).isEqualTo("(415) 867-5309");
    }

    @Test
    void findsSeveralNumbersInOneAd() {
        assertThat(phones("call 415-867-5309 or text 702 481 2290"))
                .containsExactly("+14158675309", "+17024812290");
    }

    @Test
    void findsTwoNumbersWrittenRightAfterEachOther() {
        assertThat(phones("415-867-5309, 702-481-2290")).containsExactly("+14158675309", "+17024812290");
    }

    @Test
    void numberGluedToWordsIsStillFound() {
        assertThat(phones("call4158675309now")).containsExactly("+14158675309");
    }

    @Test
    void invalidAreaCodeIsRejected() {
        assertThat(phones("call 123-867-5309")).isEmpty();
    }

    @Test
    void sevenDigitsWithoutAreaCodeAreNotAPhone() {
        assertThat(phones("call 867-5309")).isEmpty();
    }

    @Test
    void internationalPrefixWinsOverTheRegion() {
        assertThat(phones("call +44 7911 123456", "US")).containsExactly("+447911123456");
        assertThat(phones("call 0044 7911 123456", "US")).containsExactly("+447911123456");
        assertThat(phones("call 011 44 7911 123456", "US")).containsExactly("+447911123456");
        assertThat(phones("call +1 415 867 5309", "GB")).containsExactly("+14158675309");
    }

    @Test
    void readsNationalNumbersOfTheGivenRegion() {
        assertThat(phones("ring 07911 123456", "GB")).containsExactly("+447911123456");
        assertThat(phones("appelle 06 12 34 56 78", "FR")).containsExactly("+33612345678");
        assertThat(phones("call 0412 345 678", "AU")).containsExactly("+61412345678");
    }

    @Test
    void numberWithCountryCodeButNoPlusIsRead() {
        assertThat(phones("whatsapp 447911123456", "US")).containsExactly("+447911123456");
    }
}
