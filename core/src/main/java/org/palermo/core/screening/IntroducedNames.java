package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds names introduced in an ad ("my name is Anna", "ask for Maria", "I'm Lola", "meet Jade") in one pass over the
 * folded words: a capitalised word of three or more ASCII letters right after an introducing cue.
 */
final class IntroducedNames {

    private static final Set<String> NOT_NAMES = Set.of(
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
        int[][] words = folded.words();
        List<Span> names = new ArrayList<>();
        for (int w = 1; w < words[0].length; w++) {
            if (capitalised(text, folded.origin(words[0][w]), folded.origin(words[1][w] - 1) + 1)
                    && introduced(folded, words, w)) {
                Span span = folded.span(text, words[0][w], words[1][w]);
                if (!NOT_NAMES.contains(new String(folded.chars, words[0][w], words[1][w] - words[0][w]))) {
                    names.add(span);
                }
            }
        }
        return names;
    }

    private static boolean introduced(FoldedText f, int[][] words, int w) {
        int cue = w - 1;
        return StatedAges.is(f, words, cue, "names", "meet", "im")
                || (StatedAges.is(f, words, cue, "is") && StatedAges.is(f, words, cue - 1, "name")
                        && StatedAges.is(f, words, cue - 2, "my"))
                || (StatedAges.is(f, words, cue, "s") && StatedAges.is(f, words, cue - 1, "name"))
                || (StatedAges.is(f, words, cue, "for") && StatedAges.is(f, words, cue - 1, "ask"))
                || (StatedAges.is(f, words, cue, "me") && StatedAges.is(f, words, cue - 1, "call"))
                || (StatedAges.is(f, words, cue, "m", "am") && StatedAges.is(f, words, cue - 1, "i"));
    }

    private static boolean capitalised(String text, int start, int end) {
        if (end - start < 3 || text.charAt(start) < 'A' || text.charAt(start) > 'Z') {
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
