package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.screening.ScreeningFixture.ad;
import static org.palermo.core.screening.ScreeningFixture.fired;

import org.junit.jupiter.api.Test;

class MovementLanguageTest {

    private final Screener screener = ScreeningFixture.screener();

    @Test
    void everyMovementIndicatorInTheShippedRulebookWeighsNothing() {
        assertThat(Rulebook.defaults().rules())
                .filteredOn(rule -> rule.category() == Category.MOVEMENT)
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.weight()).isZero());
    }

    @Test
    void movementLanguageIsShownWithItsSourceButDoesNotRaiseRisk() {
        ScreenResult plain = screener.screen(ad("Asian lady, call me"));
        ScreenResult moving = screener.screen(ad("Asian lady, call me. New in town, leaving soon, limited time!"));

        FiredIndicator movement = fired(moving, "MOVEMENT_LANGUAGE");
        assertThat(movement.weight()).isZero();
        assertThat(movement.text()).isEqualTo("New in town");
        assertThat(moving.categories()).contains(Category.MOVEMENT);
        assertThat(moving.risk()).isEqualTo(plain.risk());
        assertThat(Rulebook.defaults().rules()).filteredOn(r -> r.code().equals("MOVEMENT_LANGUAGE"))
                .singleElement().satisfies(r -> assertThat(r.source()).contains("70% less"));
    }
}
