package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.phones;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersThatAreNotPhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "$200 hh $300 hr $415 867 5309", // prices, the last one looks like a phone only without its dollar sign
        "200 roses 150hh 250/hr 300 incall 350 outcall",
        "2014-06-12 12/25/2015 06/12 7/15/14 Dec 25, 2015 25th",
        "10pm 10:30 10.30pm 9am-5pm 1030pm",
        "24/7 24-7 24x7",
        "5'6 5' 6\" 5 ft 6 in 5ft6",
        "120 lbs 55 kg 34-24-36 36c",
        "23 yrs 23yo 23 years old age 23 aged 21",
        "100% real",
        "1234 Main St 5th Ave Los Angeles, CA 90028 suite 200",
        "ad id: 4158675309 ref 7024812290 posting id 3124047788",
    })
    void trapsYieldNoPhone(String text) {
        assertThat(phones(text)).isEmpty();
    }

    @Test
    void priceRightBeforeANumberDoesNotJoinIt() {
        assertThat(phones("$200 415 867 5309")).containsExactly("+14158675309");
        assertThat(phones("150hh 415 867 5309 200hr")).containsExactly("+14158675309");
    }

    @Test
    void unitAfterAPhoneDoesNotCutItsLastGroup() {
        assertThat(phones("415 867 5309 incall only")).containsExactly("+14158675309");
        assertThat(phones("415-867-5309 $200 30min")).containsExactly("+14158675309");
    }

    @Test
    void postcodeBeforeAPhoneDoesNotJoinIt() {
        assertThat(phones("Los Angeles, CA 90028 415-867-5309")).containsExactly("+14158675309");
    }

    @Test
    void dateAndTimeAroundAPhoneDoNotJoinIt() {
        assertThat(phones("12/25 415 867 5309 10:30")).containsExactly("+14158675309");
        assertThat(phones("available 24/7 415.867.5309")).containsExactly("+14158675309");
    }

    @Test
    void longReferenceNumbersAreNotCutIntoPhones() {
        assertThat(phones("order 41586753091234")).isEmpty();
        assertThat(phones("card 4158675309123456")).isEmpty();
    }

    @Test
    void everydayNumberWordsAreNotPhones() {
        assertThat(phones("one hour for two hundred, three girls, four seasons, twenty one years")).isEmpty();
    }
}
