package org.palermo.core.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.IdentifierType;

/** The world keeps the promises docs/world.md makes about its mix, its indicators and their rates. */
class DistributionsOfGeneratedWorldTest {

    private static WorldFixture.World world;
    private static final Map<String, Integer> PRICE_LEVEL = new HashMap<>();

    @BeforeAll
    static void generate() {
        world = WorldFixture.generate(40_000, 11);
        for (City city : Cities.all()) {
            PRICE_LEVEL.put(city.name(), city.priceLevel());
        }
    }

    @Test
    void adsFollowTheDefaultActorMix() {
        assertThat(share(ActorKind.INDEPENDENT)).isCloseTo(0.60, within(0.03));
        assertThat(share(ActorKind.AGENCY)).isCloseTo(0.25, within(0.03));
        assertThat(share(ActorKind.CONTROLLED)).isCloseTo(0.15, within(0.03));
    }

    @Test
    void aDifferentMixIsFollowedToo() {
        WorldFixture.World other = WorldFixture.generate(WorldSettings.defaults().withAds(20_000).withSeed(3)
                .withMix(0.4, 0.2, 0.4));
        long controlled = other.truths().stream().filter(t -> t.kind() == ActorKind.CONTROLLED).count();
        assertThat(controlled / 20_000.0).isCloseTo(0.4, within(0.04));
    }

    @Test
    void controlledAdsDisguiseTheirPhoneMuchMoreOften() {
        Map<ActorKind, Double> rate = rateByKind(this::hasDisguisedPhone);
        assertThat(rate.get(ActorKind.CONTROLLED)).isCloseTo(0.55, within(0.08));
        assertThat(rate.get(ActorKind.INDEPENDENT)).isCloseTo(0.10, within(0.04));
        assertThat(rate.get(ActorKind.AGENCY)).isLessThan(0.07);
    }

    @Test
    void theObfuscationRateOptionMovesControlledDisguises() {
        WorldSettings d = WorldSettings.defaults();
        WorldSettings low = new WorldSettings(20_000, 5, d.independentShare(), d.agencyShare(), d.controlledShare(),
                d.countries(), 0.2, d.maxEdits(), d.minorShare(), 0, 0, d.start(), d.spanDays());
        WorldFixture.World other = WorldFixture.generate(low);
        long controlled = 0;
        long disguised = 0;
        for (AdTruth truth : other.truths()) {
            if (truth.kind() == ActorKind.CONTROLLED) {
                controlled++;
                disguised += hasDisguisedPhone(truth) ? 1 : 0;
            }
        }
        assertThat((double) disguised / controlled).isCloseTo(0.2, within(0.06));
    }

    @Test
    void controlledPricesAreBelowTheLocalMarketOnAverage() {
        Map<ActorKind, Double> ratio = new EnumMap<>(ActorKind.class);
        Map<ActorKind, Integer> count = new EnumMap<>(ActorKind.class);
        for (int i = 0; i < world.ads().size(); i++) {
            Ad ad = world.ads().get(i);
            if (ad.price() != null) {
                ActorKind kind = world.truths().get(i).kind();
                ratio.merge(kind, ad.price() / PRICE_LEVEL.get(ad.city()), Double::sum);
                count.merge(kind, 1, Integer::sum);
            }
        }
        assertThat(ratio.get(ActorKind.CONTROLLED) / count.get(ActorKind.CONTROLLED)).isLessThan(0.8);
        assertThat(ratio.get(ActorKind.INDEPENDENT) / count.get(ActorKind.INDEPENDENT)).isGreaterThan(0.95);
        assertThat(ratio.get(ActorKind.AGENCY) / count.get(ActorKind.AGENCY)).isGreaterThan(1.0);
    }

    @Test
    void movementLanguageIsMoreCommonAmongIndependentsThanControlledAds() {
        Map<ActorKind, Double> rate = rateByText(text -> IndicatorsInText.any(text, IndicatorsInText.MOVEMENT));
        assertThat(rate.get(ActorKind.INDEPENDENT)).isGreaterThan(2 * rate.get(ActorKind.CONTROLLED));
        assertThat(rate.get(ActorKind.CONTROLLED)).isPositive();
    }

    @Test
    void youthPhrasesMarkMostMinorsAndFewOthers() {
        long minorAds = 0;
        long minorYouth = 0;
        for (int i = 0; i < world.ads().size(); i++) {
            if (world.truths().get(i).minor()) {
                minorAds++;
                minorYouth += IndicatorsInText.any(world.ads().get(i).text(), IndicatorsInText.YOUTH) ? 1 : 0;
            }
        }
        assertThat(minorAds).isPositive();
        assertThat((double) minorYouth / minorAds).isGreaterThan(0.85);
        double independentYouth = rateByText(t -> IndicatorsInText.any(t, IndicatorsInText.YOUTH))
                .get(ActorKind.INDEPENDENT);
        assertThat(independentYouth).isBetween(0.005, 0.08);
    }

    @Test
    void indicatorsAreTendenciesNotLabels() {
        Map<ActorKind, Double> third = rateByText(t -> IndicatorsInText.any(t, IndicatorsInText.THIRD_PERSON));
        Map<ActorKind, Double> ethnicity = rateByText(IndicatorsInText::ethnicity);
        Map<ActorKind, Double> trust = rateByText(t -> IndicatorsInText.any(t, IndicatorsInText.TRUST));
        assertThat(third.get(ActorKind.INDEPENDENT)).isBetween(0.01, 0.15);
        assertThat(third.get(ActorKind.CONTROLLED)).isBetween(0.6, 0.99);
        assertThat(ethnicity.get(ActorKind.INDEPENDENT)).isBetween(0.05, 0.4);
        assertThat(ethnicity.get(ActorKind.CONTROLLED)).isGreaterThan(0.5);
        assertThat(trust.get(ActorKind.CONTROLLED)).isGreaterThan(trust.get(ActorKind.INDEPENDENT));
    }

    @Test
    void aNaiveIndicatorScoreSeparatesControlledAdsWellButNotPerfectly() {
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < world.ads().size(); i++) {
            String text = world.ads().get(i).text();
            AdTruth truth = world.truths().get(i);
            double score = (hasDisguisedPhone(truth) ? 2 : 0) + (IndicatorsInText.ethnicity(text) ? 1 : 0)
                    + (IndicatorsInText.any(text, IndicatorsInText.TRUST) ? 1 : 0)
                    + (IndicatorsInText.any(text, IndicatorsInText.YOUTH) ? 1 : 0)
                    + (IndicatorsInText.any(text, IndicatorsInText.THIRD_PERSON) ? 1 : 0)
                    - (IndicatorsInText.any(text, IndicatorsInText.MOVEMENT) ? 1 : 0);
            scored.add(new double[] {score, truth.kind() == ActorKind.CONTROLLED ? 1 : 0});
        }
        assertThat(auc(scored)).isBetween(0.75, 0.97);
    }

    @Test
    void someIndependentsStateAnAgeUnder23() {
        long young = world.ads().stream().filter(ad -> ad.body().contains("21 ") || ad.body().contains("22 ")
                || ad.body().contains("Age 21") || ad.body().contains("Age 22")).count();
        assertThat(young).isPositive();
    }

    private boolean hasDisguisedPhone(AdTruth truth) {
        for (PlantedIdentifier id : truth.identifiers()) {
            if (id.type() == IdentifierType.PHONE && id.obfuscated()) {
                return true;
            }
        }
        return false;
    }

    private static double share(ActorKind kind) {
        return world.truths().stream().filter(t -> t.kind() == kind).count() / (double) world.truths().size();
    }

    private static Map<ActorKind, Double> rateByKind(Predicate<AdTruth> test) {
        Map<ActorKind, Double> rates = new EnumMap<>(ActorKind.class);
        for (ActorKind kind : ActorKind.values()) {
            long all = world.truths().stream().filter(t -> t.kind() == kind).count();
            long hits = world.truths().stream().filter(t -> t.kind() == kind).filter(test).count();
            rates.put(kind, (double) hits / all);
        }
        return rates;
    }

    private static Map<ActorKind, Double> rateByText(Predicate<String> test) {
        Map<ActorKind, Double> rates = new EnumMap<>(ActorKind.class);
        Map<ActorKind, Long> all = new EnumMap<>(ActorKind.class);
        for (int i = 0; i < world.ads().size(); i++) {
            ActorKind kind = world.truths().get(i).kind();
            all.merge(kind, 1L, Long::sum);
            rates.merge(kind, test.test(world.ads().get(i).text()) ? 1.0 : 0.0, Double::sum);
        }
        rates.replaceAll((kind, hits) -> hits / all.get(kind));
        return rates;
    }

    /** ROC AUC by the rank-sum formula, ties counted half. */
    static double auc(List<double[]> scored) {
        scored.sort((a, b) -> Double.compare(a[0], b[0]));
        double positives = 0;
        double rankSum = 0;
        int i = 0;
        while (i < scored.size()) {
            int j = i;
            while (j < scored.size() && scored.get(j)[0] == scored.get(i)[0]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (scored.get(k)[1] == 1) {
                    positives++;
                    rankSum += rank;
                }
            }
            i = j;
        }
        double negatives = scored.size() - positives;
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
