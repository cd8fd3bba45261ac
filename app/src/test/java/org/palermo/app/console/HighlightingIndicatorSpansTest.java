package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palermo.app.console.Highlighter.Indicator;
import org.palermo.app.console.Highlighter.Segment;

class HighlightingIndicatorSpansTest {

    @Test
    void plainAndMarkedSegmentsRebuildTheTextAndNameTheirIndicator() {
        String text = "new girls, urgent call";
        List<Segment> segments = Highlighter.segments(text,
                List.of(new Indicator("URGENT", "CONTROL", 1.5, "MODERATE", "urgent", 11, 17)), "rulebook r1");

        assertThat(segments).extracting(Segment::text).containsExactly("new girls, ", "urgent", " call");
        assertThat(segments.get(1).tooltip())
                .isEqualTo("URGENT (control): weight 1.50, evidence moderate, source rulebook r1");
        assertThat(segments.get(1).strong()).isTrue();
        assertThat(segments.get(0).marked()).isFalse();
    }

    @Test
    void overlappingSpansSplitSoEachPieceNamesEveryIndicatorCoveringIt() {
        String text = "abcdefgh";
        List<Segment> segments = Highlighter.segments(text, List.of(
                new Indicator("A", "X", 0.5, "", "bcde", 1, 5),
                new Indicator("B", "Y", 0.5, "", "defg", 3, 7)), "");

        assertThat(segments).extracting(Segment::text).containsExactly("a", "bc", "de", "fg", "h");
        assertThat(segments.get(2).tooltip()).contains("A (x)").contains("B (y)");
        assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(text);
    }

    @Test
    void spansOutsideTheTextAndWholeAdFeaturesAreNotHighlighted() {
        List<Segment> segments = Highlighter.segments("short", List.of(
                new Indicator("PRICE", "MARKET", 1, "", "", 0, 0),
                new Indicator("FAR", "X", 1, "", "", 3, 40)), "");

        assertThat(segments).singleElement().satisfies(s -> assertThat(s.marked()).isFalse());
    }
}
