package org.palermo.core.screening;

/**
 * A rulebook phrase: words matched on whole-word boundaries in folded text (case, punctuation and spacing do not
 * matter: "Sweet-young" matches "sweet young"). A trailing {@code *} lets the last word continue ("latin*" matches
 * "latina" and "latinas").
 */
record PhrasePattern(String folded, boolean prefix) {

    static PhrasePattern parse(String pattern) {
        String problem = problem(pattern);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String trimmed = pattern.strip();
        boolean prefix = trimmed.endsWith("*");
        return new PhrasePattern(FoldedText.fold(prefix ? trimmed.substring(0, trimmed.length() - 1) : trimmed), prefix);
    }

    /** What is wrong with a pattern, or {@code null} when it is usable. */
    static String problem(String pattern) {
        String trimmed = pattern.strip();
        int star = trimmed.indexOf('*');
        if (star >= 0 && star != trimmed.length() - 1) {
            return "'*' may only end a pattern, in '" + pattern + "'";
        }
        String body = star >= 0 ? trimmed.substring(0, star) : trimmed;
        if (star >= 0 && (body.isEmpty() || !Character.isLetterOrDigit(body.charAt(body.length() - 1)))) {
            return "'*' must follow a letter or digit, in '" + pattern + "'";
        }
        if (FoldedText.fold(body).isEmpty()) {
            return "pattern '" + pattern + "' has no letters or digits";
        }
        return null;
    }
}
