package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.screening.ScreeningFixture.ad;
import static org.palermo.core.screening.ScreeningFixture.codes;
import static org.palermo.core.screening.ScreeningFixture.fired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palermo.core.ads.Ad;

class IndicatorFamiliesTest {

    private final Screener screener = ScreeningFixture.screener();

    @Test
    void youthLanguageFiresAsValidatedYouthIndicatorWithItsSpan() {
        String body = "Sweet and YOUNG looking lady, call today";
        ScreenResult result = screener.screen(ad(body));

        FiredIndicator youth = fired(result, "YOUTH_LANGUAGE");
        assertThat(youth.category()).isEqualTo(Category.YOUTH);
        assertThat(youth.grade()).isEqualTo(EvidenceGrade.VALIDATED);
        assertThat(body.substring(youth.start(), youth.end())).isEqualTo(youth.text()).isEqualToIgnoringCase("young");
        assertThat(result.categories()).contains(Category.YOUTH);
    }

    @Test
    void ethnicityFiresOnAPrefixPatternAndSpansTheWholeWord() {
        String body = "Gorgeous Latina, available now";
        FiredIndicator ethnicity = fired(screener.screen(ad(body)), "ETHNICITY_SPECIFIED");

        assertThat(ethnicity.text()).isEqualTo("Latina");
        assertThat(body.substring(ethnicity.start(), ethnicity.end())).isEqualTo("Latina");
    }

    @Test
    void trustLanguageMatchesAcrossPunctuationAndCase() {
        String body = "100%  REAL pics... no fakes";
        ScreenResult result = screener.screen(ad(body));

        FiredIndicator trust = fired(result, "TRUST_PROFESSIONAL");
        assertThat(trust.text()).isEqualTo("100%  REAL");
        assertThat(trust.start()).isZero();
    }

    @Test
    void phrasesMatchOnlyWholeWords() {
        ScreenResult result = screener.screen(ad("Youngstown area, the thai-chi class, steen street"));

        assertThat(codes(result)).doesNotContain("YOUTH_LANGUAGE");
    }

    @Test
    void thirdPersonVoiceIsAControlIndicator() {
        ScreenResult result = screener.screen(ad("My girls are waiting. She's available tonight."));

        FiredIndicator voice = fired(result, "THIRD_PERSON_VOICE");
        assertThat(voice.category()).isEqualTo(Category.CONTROL);
        assertThat(voice.text()).isEqualTo("My girls");
    }

    @Test
    void severalNamesFireButOneNameDoesNot() {
        assertThat(codes(screener.screen(ad("Hi, my name is Anna. Call me.")))).doesNotContain("SEVERAL_NAMES");

        String body = "Ask for Anna or ask for Maria, both here";
        FiredIndicator names = fired(screener.screen(ad(body)), "SEVERAL_NAMES");
        assertThat(names.text()).isEqualTo("Maria");
        assertThat(body.substring(names.start(), names.end())).isEqualTo("Maria");
    }

    @Test
    void severalAgesFire() {
        FiredIndicator ages = fired(screener.screen(ad("Anna 24 yo and Maria 27 years old")), "SEVERAL_AGES");

        assertThat(ages.text()).isEqualTo("27 years old");
    }

    @Test
    void statedAgeUnder18IsAYouthIndicator() {
        ScreenResult result = screener.screen(ad("Age: 16"));

        assertThat(fired(result, "STATED_AGE_UNDER_18").category()).isEqualTo(Category.YOUTH);
        assertThat(result.score()).isGreaterThan(0);
    }

    @Test
    void statedAgeUnder23IsShownButWeightlessAndNotYouth() {
        ScreenResult result = screener.screen(ad("I'm 21, call me"));

        FiredIndicator age = fired(result, "STATED_AGE_18_TO_22");
        assertThat(age.weight()).isZero();
        assertThat(age.grade()).isEqualTo(EvidenceGrade.CONTRADICTED);
        assertThat(result.categories()).doesNotContain(Category.YOUTH);
        assertThat(result.score()).isZero();
    }

    @Test
    void heightsTimesAndRoundTheClockAreNotAges() {
        ScreenResult result = screener.screen(ad("I'm 5'6, open 24/7, 10 years experience, 20 min"));

        assertThat(codes(result)).doesNotContain("SEVERAL_AGES", "STATED_AGE_UNDER_18", "STATED_AGE_18_TO_22");
        assertThat(codes(result)).contains("AROUND_THE_CLOCK");
    }

    @Test
    void clientScreeningIsShownButWeightless() {
        ScreenResult result = screener.screen(ad("Screening required, references please"));

        FiredIndicator screening = fired(result, "CLIENT_SCREENING");
        assertThat(screening.weight()).isZero();
        assertThat(result.score()).isZero();
    }

    @Test
    void obscuredPhoneFiresFromTheIdentifierFlagWithItsSpan() {
        String body = "call for80 2sixseven one9zerofor now";
        String written = "for80 2sixseven one9zerofor";
        Screener withPhone = ScreeningFixture.screenerWith(
                ScreeningFixture.phoneAt(body, written, true), MarketPrices.none());

        ScreenResult result = withPhone.screen(ad(body));

        FiredIndicator phone = fired(result, "OBSCURED_PHONE");
        assertThat(phone.grade()).isEqualTo(EvidenceGrade.VALIDATED);
        assertThat(body.substring(phone.start(), phone.end())).isEqualTo(written);
        assertThat(result.identifiers()).hasSize(1);
    }

    @Test
    void plainPhoneIsNotAnIndicator() {
        String body = "call 480 267 1904";
        Screener withPhone = ScreeningFixture.screenerWith(
                ScreeningFixture.phoneAt(body, "480 267 1904", false), MarketPrices.none());

        assertThat(codes(withPhone.screen(ad(body)))).doesNotContain("OBSCURED_PHONE");
    }

    @Test
    void priceFarBelowTheCityMarketFires() {
        MarketPrices market = MarketPrices.of(Map.of("Springfield", 200.0));
        Screener priced = ScreeningFixture.screenerWith(IdentifierSource.none(), market);

        ScreenResult cheap = priced.screen(ScreeningFixture.pricedAd("c", "springfield ", 60));
        ScreenResult normal = priced.screen(ScreeningFixture.pricedAd("n", "Springfield", 180));
        ScreenResult elsewhere = priced.screen(ScreeningFixture.pricedAd("e", "Shelbyville", 10));

        assertThat(fired(cheap, "PRICE_BELOW_MARKET").category()).isEqualTo(Category.ECONOMIC);
        assertThat(codes(normal)).doesNotContain("PRICE_BELOW_MARKET");
        assertThat(codes(elsewhere)).doesNotContain("PRICE_BELOW_MARKET");
    }

    @Test
    void everyExplanationSpanPointsAtItsTriggeringText() {
        Ad ad = Ad.ofText("x", "New in town! Young Asian girl",
                "100% real, she is available 24/7, no limits, must see, my manager books, specials, little english");
        ScreenResult result = screener.screen(ad);

        List<FiredIndicator> textual = new ArrayList<>(result.indicators());
        assertThat(textual).hasSizeGreaterThanOrEqualTo(10);
        assertThat(textual).allSatisfy(i -> assertThat(ad.text().substring(i.start(), i.end())).isEqualTo(i.text()));
        assertThat(result.rulebookVersion()).isEqualTo(ScreeningFixture.RULEBOOK.version());
        assertThat(result.calibrationVersion()).isEqualTo("test-v1");
    }

    @Test
    void scoreIsTheSumOfTheListedWeightsAndRiskFollowsTheCalibration() {
        ScreenResult result = screener.screen(ad("Young Asian, 100% real, 24/7"));

        double sum = result.indicators().stream().mapToDouble(FiredIndicator::weight).sum();
        assertThat(result.score()).isEqualTo(sum).isEqualTo(2.0 + 1.0 + 1.0 + 0.3);
        assertThat(result.risk()).isEqualTo(ScreeningFixture.CALIBRATION.probability(sum));
        assertThat(result.band()).isEqualTo(Band.HIGH);
    }

    @Test
    void adWithoutIndicatorsIsLowRisk() {
        ScreenResult result = screener.screen(ad("Relaxing massage by appointment."));

        assertThat(result.indicators()).isEmpty();
        assertThat(result.band()).isEqualTo(Band.LOW);
    }
}
