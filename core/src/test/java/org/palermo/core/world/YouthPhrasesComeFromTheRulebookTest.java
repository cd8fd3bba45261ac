package org.palermo.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palermo.core.ads.Ad;
import org.palermo.core.screening.Category;
import org.palermo.core.screening.IdentifierSource;
import org.palermo.core.screening.MarketPrices;
import org.palermo.core.screening.Screener;

/**
 * Issue #2: minors are marked "only through the youth phrases of the rulebook vocabulary", and the content rules
 * allow youth indicators only as phrases a rulebook lists. So every youth phrase the generator writes must be one
 * the shipped rulebook recognises as YOUTH; a phrase it does not list is a content-rule violation in the generator.
 */
class YouthPhrasesComeFromTheRulebookTest {

    private final Screener screener = Screener.defaults(IdentifierSource.none(), MarketPrices.none());

    @Test
    void everyYouthPhraseOfTheGeneratorFiresAYouthIndicatorOfTheRulebook() {
        for (String phrase : Phrases.YOUTH) {
            Ad ad = Ad.ofText("y", "", "Companionship in town.\n" + phrase + "\nCall for details.");
            assertThat(screener.indicators(ad, List.of()))
                    .as("youth phrase '%s'", phrase)
                    .anySatisfy(fired -> assertThat(fired.category()).isEqualTo(Category.YOUTH));
        }
    }

    @Test
    void noOtherPhraseBankWritesAYouthIndicator() throws IllegalAccessException {
        for (Field field : Phrases.class.getDeclaredFields()) {
            if (field.getType() != String[].class || field.getName().equals("YOUTH")) {
                continue;
            }
            field.setAccessible(true);
            for (String phrase : (String[]) field.get(null)) {
                Ad ad = Ad.ofText("p", "", phrase);
                assertThat(screener.indicators(ad, List.of()))
                        .as("%s phrase '%s'", field.getName(), phrase)
                        .noneSatisfy(fired -> assertThat(fired.category()).isEqualTo(Category.YOUTH));
            }
        }
    }
}
