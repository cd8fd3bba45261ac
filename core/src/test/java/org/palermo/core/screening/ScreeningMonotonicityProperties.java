package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.palermo.core.ads.Ad;

class ScreeningMonotonicityProperties {

    private static final Screener SCREENER = ScreeningFixture.screener();
    private static final List<String> PHRASES = Rulebook.defaults().rules().stream()
            .flatMap(rule -> rule.patterns().stream())
            .map(pattern -> pattern.replace("*", ""))
            .toList();

    @Property(tries = 500)
    void addingTextWithAnIndicatorNeverLowersRisk(@ForAll("adText") String text, @ForAll("phrase") String phrase,
            @ForAll boolean inTitle) {
        Ad before = Ad.ofText("p", "", text);
        Ad after = inTitle ? Ad.ofText("p", phrase, text) : Ad.ofText("p", "", text + "\n" + phrase);

        ScreenResult was = SCREENER.screen(before);
        ScreenResult is = SCREENER.screen(after);

        assertThat(is.risk()).isGreaterThanOrEqualTo(was.risk());
        assertThat(is.score()).isGreaterThanOrEqualTo(was.score());
        assertThat(is.indicators().stream().map(FiredIndicator::code))
                .containsAll(was.indicators().stream().map(FiredIndicator::code).toList());
    }

    @Property(tries = 300)
    void everySpanPointsAtItsText(@ForAll("adText") String text) {
        Ad ad = Ad.ofText("p", "", text);

        assertThat(SCREENER.screen(ad).indicators())
                .allSatisfy(i -> assertThat(ad.text().substring(i.start(), i.end())).isEqualTo(i.text()));
    }

    @Provide
    Arbitrary<String> phrase() {
        return Arbitraries.of(PHRASES);
    }

    @Provide
    Arbitrary<String> adText() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.of(PHRASES),
                Arbitraries.of("call", "me", "Anna", "Maria", "I'm", "21", "age", "yo", "she", "24/7", "!!", "...",
                        "massage", "companionship", "tonight", "ÉTÉ", "\n", "  ", "-", "ask for", "my name is"),
                Arbitraries.strings().ofMaxLength(6));
        return words.list().ofMaxSize(25).map(list -> String.join(" ", list));
    }
}
