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
    /**
     * The length of the longest phrase plus its leading space: the automaton's state after a char depends on no
     * more chars than that, so two runs that read the same last {@code depth} chars are in the same state.
     */
    private final int depth;
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
        depth = 1 + Arrays.stream(patternLength).max().orElse(0);
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
     *
     * <p>Each step waits for the one before it (the next row is read from the table), so one run is bound by the
     * latency of a table read per char. Longer texts are therefore read as {@link Runs#CHAINS} parts at once, each
     * part from a word start as if the text began there; see {@link Runs} for why the result is the same.
     */
    void find(FoldedText text, Hits hits) {
        Runs runs = new Runs(text.chars, text.length);
        if (!runs.splitAtWordStarts()) {
            Candidates all = new Candidates();
            run(text.chars, 0, text.length, wordStartRow, all);
            all.report(text, 0, hits);
            return;
        }
        runs.runAll();
        int row = runs.lastRow[0];
        runs.found[0].report(text, 0, hits);
        for (int k = 1; k < Runs.CHAINS; k++) {
            Candidates settling = new Candidates();
            int settled = settle(text.chars, runs.from[k], runs.from[k + 1], row, settling);
            settling.report(text, 0, hits);
            runs.found[k].report(text, settled, hits);
            row = settled == runs.from[k + 1] ? settledRow(text.chars, runs.from[k], settled, row) : runs.lastRow[k];
        }
    }

    /**
     * Reads a part from its start again, from {@code row}, the state the text is really in there, until the run
     * agrees with the part's own run (which began as if the text began at the part); returns where. They agree
     * from the start when the true state is {@link #wordStartRow}, the state after a space that continues no
     * phrase: then nothing is read again. Else they agree once this run is back in that state (the part's own run
     * has seen only a suffix of what this one has, so its state is never longer; and both just read a space), or
     * after {@link #depth} chars at the latest. The candidates read are added to {@code found}.
     */
    private int settle(char[] chars, int from, int to, int row, Candidates found) {
        int[] next = this.next;
        int limit = Math.min(from + depth, to);
        int i = from;
        while (i < limit && row != wordStartRow) {
            int target = next[row + symbolOf[chars[i]]];
            row = target & ~HAS_OUTPUT;
            i++;
            if (target < 0) {
                found.add(i, row);
            }
        }
        return i;
    }

    /** The state after reading [from, to) from {@code row} (a part read again to its end: rare). */
    private int settledRow(char[] chars, int from, int to, int row) {
        return run(chars, from, to, row, new Candidates());
    }

    /** Whether {@link #find} reads {@code text} as parts at once (for tests: long texts must take that path). */
    boolean readsInParts(FoldedText text) {
        return new Runs(text.chars, text.length).splitAtWordStarts();
    }

    /** Runs the automaton over chars [from, to) from {@code row}; keeps the states that complete phrases. */
    private int run(char[] chars, int from, int to, int row, Candidates found) {
        int[] next = this.next; // locals: the loop may call add, after which fields would be read again
        short[] symbolOf = this.symbolOf;
        for (int i = from; i < to; i++) {
            int target = next[row + symbolOf[chars[i]]];
            row = target & ~HAS_OUTPUT;
            if (target < 0) {
                found.add(i + 1, row);
            }
        }
        return row;
    }

    /**
     * Runs over the parts of a text at once. A part starts at a word start, as if the text began there, so its
     * run may differ from the true one at first: the automaton's state is the longest phrase start that the last
     * chars read end with, and the part's run has not seen the chars before the part. After {@link #depth} chars
     * the state depends only on chars inside the part, and both runs agree. So each part is read again from its
     * start, from the state the run of the part before ended in, until the two runs agree ({@link #settle}: most
     * often at once); the rest of the part's candidates stand.
     */
    private final class Runs {
        static final int CHAINS = 4;
        /** Shorter texts are read in one run: setting up the parts would cost more than it saves. */
        static final int MIN_PART = 64;
        final char[] chars;
        final int length;
        final int[] from = new int[CHAINS + 1];
        final int[] lastRow = new int[CHAINS];
        final Candidates[] found = new Candidates[CHAINS];

        Runs(char[] chars, int length) {
            this.chars = chars;
            this.length = length;
        }

        /** Chooses the parts: near-equal, each starting at a word start; false when the text is too short. */
        boolean splitAtWordStarts() {
            if (length < CHAINS * MIN_PART) {
                return false;
            }
            from[CHAINS] = length;
            for (int k = 1; k < CHAINS; k++) {
                int start = k * (length / CHAINS);
                while (start < length && chars[start - 1] != ' ') {
                    start++;
                }
                from[k] = start;
            }
            for (int k = 0; k < CHAINS; k++) {
                if (from[k + 1] - from[k] < MIN_PART / 2) {
                    return false; // a word longer than a part: the parts would be too uneven to gain
                }
            }
            return true;
        }

        /** The four runs in one loop over their common length, so that their table reads overlap; then the rest. */
        void runAll() {
            int[] next = PhraseMatcher.this.next;
            short[] symbolOf = PhraseMatcher.this.symbolOf;
            char[] chars = this.chars;
            int common = Integer.MAX_VALUE;
            for (int k = 0; k < CHAINS; k++) {
                found[k] = new Candidates();
                common = Math.min(common, from[k + 1] - from[k]);
            }
            int p0 = from[0];
            int p1 = from[1];
            int p2 = from[2];
            int p3 = from[3];
            int r0 = wordStartRow;
            int r1 = wordStartRow;
            int r2 = wordStartRow;
            int r3 = wordStartRow;
            for (int j = 0; j < common; j++) {
                int t0 = next[r0 + symbolOf[chars[p0 + j]]];
                int t1 = next[r1 + symbolOf[chars[p1 + j]]];
                int t2 = next[r2 + symbolOf[chars[p2 + j]]];
                int t3 = next[r3 + symbolOf[chars[p3 + j]]];
                r0 = t0 & ~HAS_OUTPUT;
                r1 = t1 & ~HAS_OUTPUT;
                r2 = t2 & ~HAS_OUTPUT;
                r3 = t3 & ~HAS_OUTPUT;
                if ((t0 | t1 | t2 | t3) < 0) {
                    completed(j, t0, t1, t2, t3);
                }
            }
            int[] rows = {r0, r1, r2, r3};
            for (int k = 0; k < CHAINS; k++) {
                lastRow[k] = run(chars, from[k] + common, from[k + 1], rows[k], found[k]);
            }
        }

        /** Step {@code j} of the four runs; those whose target is marked completed phrases. */
        private void completed(int j, int t0, int t1, int t2, int t3) {
            int[] targets = {t0, t1, t2, t3};
            for (int k = 0; k < CHAINS; k++) {
                if (targets[k] < 0) {
                    found[k].add(from[k] + j + 1, targets[k] & ~HAS_OUTPUT);
                }
            }
        }
    }

    /** Where states that complete phrases were reached: pairs (folded end, row), in text order. */
    private final class Candidates {
        private int[] pairs;
        private int count;

        void add(int end, int row) {
            if (pairs == null) {
                pairs = new int[16];
            } else if (2 * count == pairs.length) {
                pairs = Arrays.copyOf(pairs, 2 * pairs.length);
            }
            pairs[2 * count] = end;
            pairs[2 * count++ + 1] = row;
        }

        /** Reports the matches of the candidates that end after {@code after}, in order. */
        void report(FoldedText text, int after, Hits hits) {
            for (int k = 0; k < count; k++) {
                if (pairs[2 * k] > after) {
                    PhraseMatcher.this.report(text, pairs[2 * k], outputs[pairs[2 * k + 1] / symbols], hits);
                }
            }
        }
    }

    /** Folds {@code text} for {@link #find}. */
    FoldedText fold(String text) {
        return FoldedText.of(text);
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
