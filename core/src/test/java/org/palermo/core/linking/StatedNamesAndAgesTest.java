package org.palermo.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatedNamesAndAgesTest {

    @Test
    void readsTheCommonWaysAnAdStatesANameAndAge() {
        assertThat(StatedPerson.in("Hi gentlemen, I'm Ruby\n23, 5'7")).isEqualTo(new StatedPerson("Ruby", 23));
        assertThat(StatedPerson.in("Sweet Anna, 24 - Riverton")).isEqualTo(new StatedPerson("Anna", 24));
        assertThat(StatedPerson.in("Sasha is 19, 5'1, honey blonde hair")).isEqualTo(new StatedPerson("Sasha", 19));
        assertThat(StatedPerson.in("Meet Niamh at Silk Garden Parlour")).isEqualTo(new StatedPerson("Niamh", 0));
        assertThat(StatedPerson.in("I am 31 years old, call 555-0101")).isEqualTo(new StatedPerson(null, 31));
    }

    @Test
    void pricesAndTimesAreNotAges() {
        assertThat(StatedPerson.in("Rates 80/hr, open 10am-2am, Monday 10.30").age()).isZero();
    }
}
