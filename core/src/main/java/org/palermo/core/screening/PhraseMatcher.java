package org.palermo.core.screening;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every rulebook phrase in folded text in one pass (Aho-Corasick automaton compiled to a dense transition
 * table): time linear in the text plus the matches, whatever the number of phrases.
 */
final class PhraseMatcher {

    /** Receives each whole-word match: the rule's index and the folded span. */
    interface Hits {
        void hit(int rule, int start, int end);

        /** Whether hits of {@code rule} are still wanted; false lets the matcher skip checking its boundaries. */
        default boolean wants(int rule) {
            return true;
        }
    }

    /**
     * The automaton as folding runs it ({@link FoldedText#of(String, Automaton)}): transitions, the symbol of each
     * folded char and the space's symbol.
     */
    record Automaton(int[] next, short[] symbolOf, int space) {

        /** An automaton that finds nothing, for folding alone. */
        static final Automaton NONE = new Automaton(new int[] {0}, new short[Character.MAX_VALUE + 1], 0);
    }

    /** The symbol of the space between words. */
    private static final short SPACE = 1;
    private final short[] symbolOf = new short[Character.MAX_VALUE + 1];
    private final int symbols;
    /** Set in a transition whose target state completes a phrase: one table read per character, not two. */
    static final int HAS_OUTPUT = 1 << 31;

    /**
     * The transitions: for the row of a state (state * symbols) and a symbol, the row of the next state, with
     * {@link #HAS_OUTPUT} set when that state completes a phrase. Rows rather than states keep a multiplication
     * out of the per-character chain of dependent reads.
     */
    private final int[] next;
    private final int[][] outputs;
    private final Automaton automaton;
    /** The row of the state after a space with no match in progress: where the text is read from. */
    private final int wordStartRow;
    private final int[] patternRule;
    private final int[] patternLength;
    private final boolean[] patternPrefix;

    /** @param patternsByRule for each rule index, its phrases */
    PhraseMatcher(List<List<PhrasePattern>> patternsByRule) {
        List<PhrasePattern> patterns = new ArrayList<>();
        List<Integer> rules = new ArrayList<>();
        for (int rule = 0; rule < patternsByRule.size(); rule++) {
            for (PhrasePattern pattern : patternsByRule.get(rule)) {
                patterns.add(pattern);
                rules.add(rule);
            }
        }
        symbols = assignSymbols(patterns);
        patternRule = rules.stream().mapToInt(Integer::intValue).toArray();
        patternLength = patterns.stream().mapToInt(p -> p.folded().length()).toArray();
        patternPrefix = new boolean[patterns.size()];
        for (int i = 0; i < patterns.size(); i++) {
            patternPrefix[i] = patterns.get(i).prefix();
        }
        Trie trie = new Trie(symbols);
        for (int i = 0; i < patterns.size(); i++) {
            trie.add(' ' + patterns.get(i).folded(), i, symbolOf); // anchored at a word start: see find
        }
        trie.link();
        outputs = trie.outputs();
        next = trie.next;
        for (int slot = 0; slot < next.length; slot++) {
            int target = next[slot];
            next[slot] = target * symbols | (outputs[target] != null ? HAS_OUTPUT : 0);
        }
        wordStartRow = next[SPACE] & ~HAS_OUTPUT;
        automaton = new Automaton(next, symbolOf, SPACE);
    }

    private int assignSymbols(List<PhrasePattern> patterns) {
        symbolOf[' '] = SPACE;
        short count = SPACE + 1; // 0 = a character no phrase contains
        for (PhrasePattern pattern : patterns) {
            for (char c : pattern.folded().toCharArray()) {
                if (symbolOf[c] == 0) {
                    symbolOf[c] = count++;
                }
            }
        }
        return count;
    }

    /**
     * Reports every whole-word match, by its end (longest first at one end). Every phrase is compiled with a space
     * in front and the text is read after a virtual space, so the automaton only follows matches that start at a
     * word start: within a word that starts no phrase it stays at its root, whose row is always in the cache.
     * (Following every suffix, as a plain Aho-Corasick automaton does, touched many more rows; reading word by
     * word and skipping words was slower still, from the mispredicted branches.)
     */
    void find(FoldedText text, Hits hits) {
        if (text.automaton() == automaton) { // the automaton ran while folding: its hits are waiting
            int[] candidates = text.candidates();
            for (int k = 0; k < text.candidateCount(); k++) {
                report(text, candidates[2 * k], outputs[candidates[2 * k + 1] / symbols], hits);
            }
            return;
        }
        char[] chars = text.chars;
        int[] next = this.next; // locals: the loop calls report, after which fields would be read again
        short[] symbolOf = this.symbolOf;
        int row = wordStartRow;
        for (int i = 0; i < text.length; i++) {
            int target = next[row + symbolOf[chars[i]]];
            row = target & ~HAS_OUTPUT;
            if (target < 0) {
                report(text, i + 1, outputs[row / symbols], hits);
            }
        }
    }

    /** Folds {@code text} and runs this automaton in the same pass, for {@link #find} to report the hits. */
    FoldedText fold(String text) {
        return FoldedText.of(text, automaton);
    }

    private void report(FoldedText text, int end, int[] out, Hits hits) {
        for (int pattern : out) {
            int start = end - patternLength[pattern];
            if (!hits.wants(patternRule[pattern]) || !text.wordStartsAt(start)) {
                continue;
            }
            if (patternPrefix[pattern]) {
                hits.hit(patternRule[pattern], start, text.endOfWord(end));
            } else if (text.wordEndsAt(end)) {
                hits.hit(patternRule[pattern], start, end);
            }
        }
    }

    /** The automaton under construction. */
    private static final class Trie {
        final int symbols;
        int[] next;
        int[] fail;
        List<int[]> out = new ArrayList<>();
        int size = 1;

        Trie(int symbols) {
            this.symbols = symbols;
            next = new int[64 * symbols];
            Arrays.fill(next, -1);
            fail = new int[64];
            out.add(null);
        }

        void add(String phrase, int pattern, short[] symbolOf) {
            int state = 0;
            for (int i = 0; i < phrase.length(); i++) {
                int slot = state * symbols + symbolOf[phrase.charAt(i)];
                if (next[slot] < 0) {
                    int created = newState(); // may grow next: assign after
                    next[slot] = created;
                }
                state = next[slot];
            }
            out.set(state, append(out.get(state), pattern));
        }

        private int newState() {
            if (size * symbols >= next.length) {
                int old = next.length;
                next = Arrays.copyOf(next, old * 2);
                Arrays.fill(next, old, next.length, -1);
                fail = Arrays.copyOf(fail, fail.length * 2);
            }
            out.add(null);
            return size++;
        }

        /** Breadth-first: failure links, then every missing transition resolved, outputs merged along failures. */
        void link() {
            next = Arrays.copyOf(next, size * symbols);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int s = 0; s < symbols; s++) {
                if (next[s] < 0) {
                    next[s] = 0;
                } else {
                    fail[next[s]] = 0;
                    queue.add(next[s]);
                }
            }
            while (!queue.isEmpty()) {
                int state = queue.poll();
                int[] inherited = out.get(fail[state]);
                if (inherited != null) {
                    for (int p : inherited) {
                        out.set(state, append(out.get(state), p));
                    }
                }
                for (int s = 0; s < symbols; s++) {
                    int slot = state * symbols + s;
                    int target = next[slot];
                    if (target < 0) {
                        next[slot] = next[fail[state] * symbols + s];
                    } else {
                        fail[target] = next[fail[state] * symbols + s];
                        queue.add(target);
                    }
                }
            }
        }

        int[][] outputs() {
            return out.toArray(new int[0][]);
        }

        private static int[] append(int[] list, int value) {
            if (list == null) {
                return new int[] {value};
            }
            int[] longer = Arrays.copyOf(list, list.length + 1);
            longer[list.length] = value;
            return longer;
        }
    }
}
