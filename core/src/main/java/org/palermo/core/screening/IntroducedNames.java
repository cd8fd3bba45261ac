package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds names introduced in an ad ("my name is Anna", "ask for Maria", "I'm Lola", "meet Jade") in one pass over the
 * folded words that start with a capital: a capitalised word of three or more ASCII letters right after an introducing cue.
 */
final class IntroducedNames {

    static final Set<String> NOT_NAMES = Set.of(
            "available", "back", "here", "new", "ready", "sweet", "young", "your", "you", "the", "now", "today",
            "tonight", "real", "very", "not", "just", "only", "also", "always", "open", "free", "fun", "friendly",
            "sexy", "hot", "beautiful", "gorgeous", "petite", "independent", "visiting", "waiting", "looking",
            "discreet", "professional", "clean", "safe", "hungry", "happy", "down", "out", "off", "anytime", "incall",
            "outcall", "text", "call", "him", "her", "them", "our", "this", "that", "tall", "blonde", "brunette",
            "latina", "asian", "ebony", "exotic", "mature", "educated", "experienced", "easy", "into", "over", "under",
            "from", "with", "and", "for", "sure", "all", "any", "one", "who", "what", "soft", "curvy", "slim");

    private IntroducedNames() {
    }

    static List<Span> find(FoldedText folded, String text) {
        List<Span> names = List.of(); // most ads introduce no name: no list for them
        for (int k = 0; k < folded.markedCount; k++) { // the words that start with a capital, among others
            int w = folded.marked[k];
            int length = folded.ends[w] - folded.starts[w];
            // the cheap tests first: web pages have many capitalised words, few after a possible cue
            if (w >= 1 && length >= 3 && startsUpperCase(text, folded.originStart(w)) && mayBeCue(folded, w - 1)
                    && introduced(folded, w) && capitalised(text, folded.originStart(w), folded.originEnd(w))
                    && !NOT_NAMES.contains(new String(folded.chars, folded.starts[w], length))) {
                if (names.isEmpty()) {
                    names = new ArrayList<>();
                }
                names.add(folded.wordSpan(text, w, w));
            }
        }
        return names;
    }

    /** Whether word {@code w} could be the last word of a cue: at most 5 chars, starting with one of theirs. */
    private static boolean mayBeCue(FoldedText f, int w) {
        if (f.ends[w] - f.starts[w] > 5) {
            return false;
        }
        char first = f.chars[f.starts[w]];
        return first == 'n' || first == 'm' || first == 'i' || first == 's' || first == 'f' || first == 'a';
    }

    private static boolean introduced(FoldedText f, int w) {
        int cue = w - 1;
        return f.wordIs(cue, "names") || f.wordIs(cue, "meet") || f.wordIs(cue, "im")
                || (f.wordIs(cue, "is") && f.wordIs(cue - 1, "name") && f.wordIs(cue - 2, "my"))
                || (f.wordIs(cue, "s") && f.wordIs(cue - 1, "name"))
                || (f.wordIs(cue, "for") && f.wordIs(cue - 1, "ask"))
                || (f.wordIs(cue, "me") && f.wordIs(cue - 1, "call"))
                || ((f.wordIs(cue, "m") || f.wordIs(cue, "am")) && f.wordIs(cue - 1, "i"));
    }

    private static boolean startsUpperCase(String text, int start) {
        char c = text.charAt(start);
        return c >= 'A' && c <= 'Z';
    }

    private static boolean capitalised(String text, int start, int end) {
        if (end - start < 3 || !startsUpperCase(text, start)) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
