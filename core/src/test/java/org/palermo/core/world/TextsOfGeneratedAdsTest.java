package org.palermo.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linking is scored against truth templates, so reposts of one template must stay near-duplicates while texts of
 * different actors stay clearly apart, although both draw on shared phrase banks.
 */
class TextsOfGeneratedAdsTest {

    private static WorldFixture.World world;

    @BeforeAll
    static void generate() {
        world = WorldFixture.generate(20_000, 13);
    }

    @Test
    void repostsOfOneTemplateAreNearDuplicatesAndOtherActorsTextsAreNot() {
        Map<String, List<Integer>> byTemplate = new HashMap<>();
        for (int i = 0; i < world.truths().size(); i++) {
            byTemplate.computeIfAbsent(world.truths().get(i).templateId(), k -> new ArrayList<>()).add(i);
        }
        SplittableRandom random = new SplittableRandom(1);
        List<Double> same = new ArrayList<>();
        List<Double> different = new ArrayList<>();
        int n = world.ads().size();
        while (same.size() < 2_000 || different.size() < 2_000) {
            int a = random.nextInt(n);
            List<Integer> mates = byTemplate.get(world.truths().get(a).templateId());
            if (mates.size() > 1 && same.size() < 2_000) {
                int b = mates.get(random.nextInt(mates.size()));
                if (b != a) {
                    same.add(jaccard(a, b));
                }
            }
            int c = random.nextInt(n);
            if (!world.truths().get(c).actorId().equals(world.truths().get(a).actorId()) && different.size() < 2_000) {
                different.add(jaccard(a, c));
            }
        }
        assertThat(median(same)).isGreaterThan(0.4);
        assertThat(share(same, 0.3)).isGreaterThan(0.8);
        assertThat(share(different, 0.3)).isLessThan(0.01);
        assertThat(median(different)).isLessThan(0.1);
    }

    private static double share(List<Double> values, double above) {
        return values.stream().filter(v -> v > above).count() / (double) values.size();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private static double jaccard(int a, int b) {
        Set<String> x = shingles(world.ads().get(a).body());
        Set<String> y = shingles(world.ads().get(b).body());
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 0 : (double) x.size() / union.size();
    }

    /** Word 3-grams of the lower-cased text. */
    private static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            out.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
        }
        return out;
    }
}
