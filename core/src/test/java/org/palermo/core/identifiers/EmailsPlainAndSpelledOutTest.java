package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsPlainAndSpelledOutTest {

    @ParameterizedTest
    @ValueSource(strings = {"Jane.Doe@Example.com", "jane.doe at example dot com", "jane.doe [at] example [dot] com",
        "jane.doe(at)example.com", "jane.doe{at}example{dot}com", "jane.doe @ example.com", "jane.doe AT example DOT com",
        "ｊａｎｅ.ｄｏｅ＠ｅｘａｍｐｌｅ.ｃｏｍ"})
    void readsEmailsAsLowerCaseAddress(String written) {
        assertThat(values("write to " + written + " today", IdentifierType.EMAIL)).containsExactly("jane.doe@example.com");
    }

    @Test
    void bareAtNeedsASpelledDotOrAKnownProvider() {
        assertThat(values("email jane at gmail.com", IdentifierType.EMAIL)).containsExactly("jane@gmail.com");
        assertThat(values("see me at home.com soon", IdentifierType.EMAIL)).isEmpty();
        assertThat(values("meet me at the hotel at noon", IdentifierType.EMAIL)).isEmpty();
    }

    @Test
    void spanCoversTheWrittenForm() {
        String text = "mail: jane [at] example [dot] com ok";
        Identifier email = Extraction.ofType(text, "US", IdentifierType.EMAIL).get(0);
        assertThat(text.substring(email.start(), email.end())).isEqualTo("jane [at] example [dot] com");
    }

    @Test
    void emailIsNotAlsoALinkOrAHandle() {
        assertThat(Extraction.all("jane@example.com")).extracting(Identifier::type).containsExactly(IdentifierType.EMAIL);
    }
}
