package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.palermo.core.ads.Ad;

class EveryRulebookPhraseTest {

    private static final Screener SCREENER = ScreeningFixture.screener();

    static Stream<Arguments> phrases() {
        return Rulebook.defaults().rules().stream()
                .flatMap(rule -> rule.patterns().stream().map(p -> Arguments.of(rule.code(), p.replace("*", "s"))));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("phrases")
    void everyPhraseOfTheShippedRulebookFiresItsIndicatorWithItsSpan(String code, String phrase) {
        String body = "Call me. " + phrase.toUpperCase(java.util.Locale.ROOT) + " - thanks";
        Ad ad = Ad.ofText("e", "", body);

        FiredIndicator fired = SCREENER.screen(ad).indicators().stream()
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow(
                        () -> new AssertionError(code + " did not fire on \"" + body + "\""));

        assertThat(body.substring(fired.start(), fired.end())).isEqualTo(fired.text());
        assertThat(fired.start()).isGreaterThanOrEqualTo("Call me. ".length());
    }
}
