package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.text.AsciiScan;

/**
 * Screens ads against a rulebook: finds the indicators in an ad's text and features, sums their evidence weights
 * and calibrates the sum into a risk. Immutable and thread-safe: one instance serves every thread.
 */
public final class Screener {

    private final Rulebook rulebook;
    private final Calibration calibration;
    private final IdentifierSource identifiers;
    private final MarketPrices market;
    private final PhraseMatcher matcher;
    private final List<IndicatorRule> detectorRules = new ArrayList<>();
    /** The detector of each of {@link #detectorRules}, looked up once. */
    private final List<Detectors.Detector> detectors = new ArrayList<>();
    /** The index in the rulebook of each of {@link #detectorRules}. */
    private final int[] detectorRuleIndexes;
    private static final Comparator<FiredIndicator> TEXT_ORDER =
            Comparator.comparingInt(FiredIndicator::start).thenComparing(FiredIndicator::code);

    public Screener(Rulebook rulebook, Calibration calibration, IdentifierSource identifiers, MarketPrices market) {
        this.rulebook = rulebook;
        this.calibration = calibration;
        this.identifiers = identifiers;
        this.market = market;
        List<List<PhrasePattern>> patterns = new ArrayList<>();
        List<Integer> detectorIndexes = new ArrayList<>();
        for (IndicatorRule rule : rulebook.rules()) {
            patterns.add(rule.patterns().stream().map(PhrasePattern::parse).toList());
            if (rule.isDetector()) {
                detectorIndexes.add(patterns.size() - 1);
                detectorRules.add(rule);
                detectors.add(Detectors.ALL.get(rule.detector()));
            }
        }
        this.detectorRuleIndexes = detectorIndexes.stream().mapToInt(Integer::intValue).toArray();
        this.matcher = new PhraseMatcher(patterns);
    }

    /** Screening with the shipped rulebook and calibration. */
    public static Screener defaults(IdentifierSource identifiers, MarketPrices market) {
        return new Screener(Rulebook.defaults(), Calibration.defaults(), identifiers, market);
    }

    public ScreenResult screen(Ad ad) {
        AsciiScan scan = AsciiScan.of(ad.text()); // read once for the identifiers and the phrases (null: not ASCII)
        List<Identifier> found = identifiers.apply(ad, scan);
        boolean[] firedRules = new boolean[rulebook.rules().size()];
        List<FiredIndicator> fired = indicators(ad, found, scan, firedRules);
        double score = score(firedRules);
        EnumSet<Category> categories = EnumSet.noneOf(Category.class);
        for (FiredIndicator indicator : fired) {
            categories.add(indicator.category());
        }
        double risk = calibration.probability(score);
        return new ScreenResult(ad.id(), risk, calibration.band(risk), score, List.copyOf(categories), fired, found,
                rulebook.version(), calibration.version());
    }

    /**
     * Sums the weights of the rules that fired, in rulebook order, so that floating-point rounding cannot make more
     * evidence score less.
     */
    private double score(boolean[] firedRules) {
        List<IndicatorRule> rules = rulebook.rules();
        double score = 0;
        for (int r = 0; r < firedRules.length; r++) {
            if (firedRules[r]) {
                score += rules.get(r).weight();
            }
        }
        return score;
    }

    /** The indicators that fire on an ad, each once with its first triggering text, in text order. */
    public List<FiredIndicator> indicators(Ad ad, List<Identifier> found) {
        return indicators(ad, found, AsciiScan.of(ad.text()), new boolean[rulebook.rules().size()]);
    }

    /** As {@link #indicators(Ad, List)}; marks in {@code firedRules} (by rule index) the rules that fired. */
    private List<FiredIndicator> indicators(Ad ad, List<Identifier> found, AsciiScan scan, boolean[] firedRules) {
        String text = ad.text();
        FoldedText folded = scan != null ? FoldedText.of(scan) : matcher.fold(text);
        List<IndicatorRule> rules = rulebook.rules();
        FiredIndicator[] first = new FiredIndicator[rules.size()];
        matcher.find(folded, new PhraseMatcher.Hits() {
            @Override
            public void hit(int rule, int start, int end) {
                if (first[rule] == null) {
                    first[rule] = FiredIndicator.of(rules.get(rule), folded.span(text, start, end));
                }
            }

            @Override
            public boolean wants(int rule) {
                return first[rule] == null; // only the first match of a rule is kept
            }
        });
        List<FiredIndicator> fired = new ArrayList<>();
        for (int r = 0; r < first.length; r++) {
            if (first[r] != null) {
                fired.add(first[r]);
                firedRules[r] = true;
            }
        }
        AdView view = new AdView(ad, text, folded, found, market);
        for (int d = 0; d < detectorRules.size(); d++) {
            IndicatorRule rule = detectorRules.get(d);
            Optional<Span> span = detectors.get(d).detect(view);
            if (span.isPresent()) {
                fired.add(FiredIndicator.of(rule, span.get()));
                firedRules[detectorRuleIndexes[d]] = true;
            }
        }
        fired.sort(TEXT_ORDER);
        return fired;
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    public Calibration calibration() {
        return calibration;
    }
}
