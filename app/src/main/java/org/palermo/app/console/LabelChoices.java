package org.palermo.app.console;

import java.util.List;
import org.palermo.app.review.Label;

/**
 * The labels a reviewer picks with keys 1 to 4, and a short list of preset reasons for each, so that labelling
 * takes two keystrokes (label, Enter); free text can be added to the reason.
 */
public final class LabelChoices {

    public record Choice(int key, Label label, String title, List<String> presets) {
        public String code() {
            return label.name();
        }
    }

    static final List<Choice> ALL = List.of(
            new Choice(1, Label.NOT_TRAFFICKING, "Not trafficking", List.of(
                    "Independent adult, no third-party indicators",
                    "Legitimate massage or spa business",
                    "Spam or duplicate, no indicators of exploitation")),
            new Choice(2, Label.NEEDS_REVIEW, "Needs review", List.of(
                    "Indicators unclear, needs a second look",
                    "Check the network and its identifiers",
                    "Possible youth indicators, needs a supervisor")),
            new Choice(3, Label.LIKELY_TRAFFICKING, "Likely trafficking", List.of(
                    "Third-party control indicators",
                    "Movement between cities with shared contacts",
                    "Youth indicators in the text")),
            new Choice(4, Label.CONFIRMED, "Confirmed", List.of(
                    "Matches a confirmed case",
                    "Confirmed by law enforcement or hotline")));

    private LabelChoices() {}

    /**
     * The reason stored with a label: the chosen preset, then the free text after a colon; null when both are blank.
     */
    static String reason(String preset, String text) {
        String p = preset == null ? "" : preset.strip();
        String t = text == null ? "" : text.strip();
        if (p.isEmpty()) {
            return t.isEmpty() ? null : t;
        }
        return t.isEmpty() ? p : p + ": " + t;
    }

    static Label label(String code) {
        try {
            return code == null ? null : Label.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
