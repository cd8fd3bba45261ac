package org.palermo.core.identifiers;

import java.util.Map;
import java.util.Set;

/**
 * The social-media and payment platforms whose handles ads carry: the words that introduce a handle
 * ({@code IG:}, {@code snap}, {@code venmo}), and the host names of profile links ({@code onlyfans.com/name}).
 * A handle's normalised value is {@code platform:name}, lower case.
 */
final class Platforms {

    record Platform(String code, IdentifierType type) {
    }

    private static final Platform INSTAGRAM = social("instagram");
    private static final Platform SNAPCHAT = social("snapchat");
    private static final Platform TWITTER = social("twitter");
    private static final Platform TELEGRAM = social("telegram");
    private static final Platform ONLYFANS = social("onlyfans");
    private static final Platform KIK = social("kik");
    private static final Platform TIKTOK = social("tiktok");
    private static final Platform FACEBOOK = social("facebook");
    private static final Platform FANSLY = social("fansly");
    private static final Platform CASHAPP = payment("cashapp");
    private static final Platform VENMO = payment("venmo");
    private static final Platform PAYPAL = payment("paypal");
    private static final Platform ZELLE = payment("zelle");

    /** Keywords that name a platform clearly enough to be followed by a name after just a space. */
    private static final Map<String, Platform> STRONG = Map.ofEntries(
            Map.entry("instagram", INSTAGRAM), Map.entry("snapchat", SNAPCHAT),
            Map.entry("twitter", TWITTER), Map.entry("telegram", TELEGRAM), Map.entry("onlyfans", ONLYFANS),
            Map.entry("kik", KIK), Map.entry("tiktok", TIKTOK), Map.entry("fansly", FANSLY),
            Map.entry("cashapp", CASHAPP), Map.entry("venmo", VENMO), Map.entry("paypal", PAYPAL),
            Map.entry("zelle", ZELLE));

    /** Short or everyday words that count as a platform only before ':', '@', '-' or '='. */
    private static final Map<String, Platform> WEAK = Map.ofEntries(
            Map.entry("ig", INSTAGRAM), Map.entry("insta", INSTAGRAM), Map.entry("snap", SNAPCHAT), Map.entry("sc", SNAPCHAT),
            Map.entry("tw", TWITTER), Map.entry("x", TWITTER), Map.entry("tg", TELEGRAM),
            Map.entry("fb", FACEBOOK), Map.entry("facebook", FACEBOOK),
            Map.entry("cash", CASHAPP));

    /** Two-word names: "cash app", "only fans", "snap chat". */
    private static final Map<String, Platform> PAIRS = Map.of(
            "cash app", CASHAPP, "only fans", ONLYFANS, "snap chat", SNAPCHAT, "pay pal", PAYPAL, "tik tok", TIKTOK);

    private static final Set<String> PAIR_FIRST_WORDS = Set.of("cash", "only", "snap", "pay", "tik");

    private static final Map<String, Platform> HOSTS = Map.ofEntries(
            Map.entry("instagram.com", INSTAGRAM), Map.entry("instagr.am", INSTAGRAM),
            Map.entry("twitter.com", TWITTER), Map.entry("x.com", TWITTER), Map.entry("snapchat.com", SNAPCHAT),
            Map.entry("t.me", TELEGRAM), Map.entry("telegram.me", TELEGRAM), Map.entry("onlyfans.com", ONLYFANS),
            Map.entry("fansly.com", FANSLY), Map.entry("tiktok.com", TIKTOK), Map.entry("kik.me", KIK),
            Map.entry("facebook.com", FACEBOOK), Map.entry("fb.com", FACEBOOK), Map.entry("paypal.me", PAYPAL),
            Map.entry("paypal.com", PAYPAL), Map.entry("venmo.com", VENMO), Map.entry("cash.app", CASHAPP),
            Map.entry("cash.me", CASHAPP));

    /** Path segments of profile links that are not the name ({@code snapchat.com/add/name}, {@code paypal.com/paypalme/name}). */
    private static final Set<String> PATH_PREFIXES = Set.of("add", "u", "paypalme", "people", "user", "users");

    /** Words that follow a platform's name in ordinary sentences and are never handles. */
    static final Set<String> NOT_NAMES = Set.of(
            "me", "at", "is", "only", "and", "or", "for", "the", "to", "my", "on", "add", "id", "name", "handle",
            "account", "accepted", "accept", "ok", "okay", "available", "also", "too", "app", "pay", "payment",
            "payments", "deposit", "deposits", "a", "an", "in", "with", "please", "pls", "plz", "required",
            "welcome", "fans", "chat", "pal", "tok", "us", "it", "here", "now", "then", "dm", "follow", "page",
            "link", "below", "above", "first", "no", "not", "cash", "money", "card", "cards", "girl", "girls");

    /** Length, first and last letter of every keyword: a cheap test before any lookup. */
    private static final boolean[] SHAPES = shapes();
    /** First two letters of every keyword; column 26 for a one-letter keyword. */
    private static final boolean[] OPENINGS = openings();

    private Platforms() {
    }

    /** Whether text[start, end) could be a keyword (it has a keyword's length, first and last letter). */
    static boolean mayBeKeyword(String text, int start, int end) {
        int length = end - start;
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        return length <= 9 && first >= 'a' && first <= 'z' && last >= 'a' && last <= 'z'
                && SHAPES[shape(length, first, last)];
    }

    /**
     * Whether a word whose first two characters are {@code first} and {@code second} could be a keyword; a
     * {@code second} that is not a-z or 0-9 means that the word ends after its first letter.
     */
    static boolean mayOpenKeyword(char first, char second) {
        if (first < 'a' || first > 'z' || second >= '0' && second <= '9') {
            return false;
        }
        int column = second >= 'a' && second <= 'z' ? second - 'a' : 26;
        return OPENINGS[(first - 'a') * 27 + column];
    }

    private static boolean[] openings() {
        boolean[] openings = new boolean[26 * 27];
        keywords().forEach(k -> openings[(k.charAt(0) - 'a') * 27 + (k.length() == 1 ? 26 : k.charAt(1) - 'a')] = true);
        return openings;
    }

    private static java.util.stream.Stream<String> keywords() {
        return java.util.stream.Stream.of(STRONG.keySet(), WEAK.keySet(), PAIR_FIRST_WORDS).flatMap(Set::stream);
    }

    private static int shape(int length, char first, char last) {
        return length * 676 + (first - 'a') * 26 + (last - 'a');
    }

    private static boolean[] shapes() {
        boolean[] shapes = new boolean[10 * 676];
        keywords().forEach(k -> shapes[shape(k.length(), k.charAt(0), k.charAt(k.length() - 1))] = true);
        return shapes;
    }

    static Platform strong(String word) {
        return STRONG.get(word);
    }

    static Platform weak(String word) {
        return WEAK.get(word);
    }

    static boolean startsPair(String first) {
        return PAIR_FIRST_WORDS.contains(first);
    }

    static Platform pair(String first, String second) {
        return PAIRS.get(first + " " + second);
    }

    static Platform host(String host) {
        return HOSTS.get(host);
    }

    static boolean isPathPrefix(String segment) {
        return PATH_PREFIXES.contains(segment);
    }

    private static Platform social(String code) {
        return new Platform(code, IdentifierType.HANDLE);
    }

    private static Platform payment(String code) {
        return new Platform(code, IdentifierType.PAYMENT);
    }
}
