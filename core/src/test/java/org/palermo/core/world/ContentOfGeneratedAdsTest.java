package org.palermo.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.palermo.core.ads.Ad;

/**
 * Content rules (docs/world.md): synthetic ads are non-explicit, describe services generically and mark youth only
 * through short phrases; the ads state no age under 18.
 */
class ContentOfGeneratedAdsTest {

    private static final List<String> DENIED = List.of("sex", "sexy", "nude", "naked", "oral", "fetish", "erotic",
            "explicit", "schoolgirl", "teen", "teens", "lolita", "virgin", "underage", "barely legal", "child", "kid",
            "kids", "minor", "xxx", "porn", "bdsm", "gfe", "pse", "bbbj", "hooker", "whore");

    @Test
    void noAdOrTipUsesADeniedWord() {
        WorldFixture.World world = WorldFixture.generate(20_000, 5);
        Pattern denied = Pattern.compile("\\b(" + String.join("|", DENIED) + ")\\b");
        for (Ad ad : world.ads()) {
            assertThat(denied.matcher(ad.text().toLowerCase(Locale.ROOT)).find()).as(ad.text()).isFalse();
        }
        for (Tip tip : world.tips()) {
            assertThat(denied.matcher(tip.text().toLowerCase(Locale.ROOT)).find()).as(tip.text()).isFalse();
        }
    }

    @Test
    void phraseBanksUseNoDeniedWord() throws IllegalAccessException {
        Pattern denied = Pattern.compile("\\b(" + String.join("|", DENIED) + ")\\b");
        for (java.lang.reflect.Field field : Phrases.class.getDeclaredFields()) {
            if (field.getType() == String[].class) {
                field.setAccessible(true);
                for (String phrase : (String[]) field.get(null)) {
                    assertThat(denied.matcher(phrase.toLowerCase(Locale.ROOT)).find()).as(phrase).isFalse();
                }
            }
        }
    }

    @Test
    void statedAgesAreNeverUnder18EvenForMinors() {
        WorldFixture.World world = WorldFixture.generate(20_000, 6);
        Pattern age = Pattern.compile("\\b(1[0-7]) ?(yrs|years?|year old)\\b|\\bage 1[0-7]\\b|\\| 1[0-7] \\||\\bis 1[0-7]\\b");
        for (Ad ad : world.ads()) {
            assertThat(age.matcher(ad.text().toLowerCase(Locale.ROOT)).find()).as(ad.text()).isFalse();
        }
    }

    @Test
    void fictionalDomainsOnly() {
        WorldFixture.World world = WorldFixture.generate(5_000, 8);
        for (Ad ad : world.ads()) {
            assertThat(ad.url()).matches("https://[a-z]+\\.example/.*");
        }
        for (AdTruth truth : world.truths()) {
            for (PlantedIdentifier id : truth.identifiers()) {
                if (id.type() == org.palermo.core.identifiers.IdentifierType.EMAIL
                        || id.type() == org.palermo.core.identifiers.IdentifierType.URL) {
                    assertThat(id.value()).endsWith(".example");
                }
            }
        }
    }

    @Test
    void adsCarryTheFalsePositiveTrapsRealAdsHave() {
        WorldFixture.World world = WorldFixture.generate(5_000, 8);
        String all = String.join("\n", world.ads().stream().map(Ad::text).toList());
        assertThat(all).contains("24/7", " lbs", "5'", "/hr", " roses", "am-", "room ");
        assertThat(Pattern.compile("\\$\\d{3}").matcher(all).find()).isTrue();
        assertThat(Pattern.compile("\\d{3,4} [A-Z][a-z]+ (St|Ave|Blvd|Rd|Dr|Ln)").matcher(all).find()).isTrue();
    }
}
