package org.palermo.core.linking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierType;

/**
 * A small synthetic world for linking tests: operators post from their own templates (built from a shared
 * phrase bank, so different templates share phrases), with rotating names, their own phones, up to a given
 * number of random word edits per ad, and hub identifiers (hotel switchboards, stock photos) sprinkled across
 * unrelated operators. Non-explicit by construction.
 */
final class LinkingWorld {

    static final String[] WORDS = ("sweet friendly relaxing massage companionship discreet available today call "
            + "text new visit clean quiet place private upscale professional gentle weekend evenings appointments "
            + "only serious genuine warm smile fun easy going downtown near hotel incall outcall late early morning "
            + "respectful gentlemen welcome no rush best time come see me here week short stay book ahead please "
            + "message first reply fast safe calm cozy room parking lovely charming elegant classy real photos "
            + "satisfaction relax unwind stress away treat yourself special offer rates vary ask details happy "
            + "to meet you soon waiting open minded polite kind caring attentive travel visiting town").split(" ");
    static final String[] NAMES = "Anna Bella Chloe Dana Eva Fiona Gina Hana Iris Julia Kira Lena Mia Nora Olga Pia"
            .split(" ");
    static final String[] CITIES = "Springfield Riverton Lakeside Hillview Maplewood Fairport Oakdale Brookfield"
            .split(" ");

    record Truth(String network, String template) {
    }

    final List<LinkInput> inputs = new ArrayList<>();
    final List<Truth> truth = new ArrayList<>();
    private final SplittableRandom random;
    private final String[][] phrases;

    LinkingWorld(long seed) {
        random = new SplittableRandom(seed);
        phrases = new String[300][];
        for (int i = 0; i < phrases.length; i++) {
            phrases[i] = new String[3 + random.nextInt(4)];
            for (int w = 0; w < phrases[i].length; w++) {
                phrases[i][w] = WORDS[random.nextInt(WORDS.length)];
            }
        }
    }

    /** Adds an operator with its own phone and templates, posting {@code ads} ads with up to {@code edits} edits. */
    LinkingWorld operator(String network, int templates, int ads, int edits, String hubPhone, double hubShare) {
        String phone = "+1555" + String.format("%07d", random.nextInt(10_000_000));
        List<String> bodies = new ArrayList<>();
        for (int t = 0; t < templates; t++) {
            bodies.add(template());
        }
        for (int a = 0; a < ads; a++) {
            int t = random.nextInt(templates);
            boolean hub = hubPhone != null && random.nextDouble() < hubShare;
            add(network, network + "/t" + t, bodies.get(t), phone, hub ? hubPhone : null, edits);
        }
        return this;
    }

    String template() {
        StringBuilder text = new StringBuilder("Hi I'm {NAME}, {AGE}");
        int count = 8 + random.nextInt(5);
        for (int p = 0; p < count; p++) {
            text.append(p % 3 == 0 ? ". " : " ").append(String.join(" ", phrases[random.nextInt(phrases.length)]));
        }
        return text.append(". In {CITY} this week, call {PHONE}").toString();
    }

    private void add(String network, String template, String body, String phone, String hubPhone, int edits) {
        String city = CITIES[random.nextInt(CITIES.length)];
        String text = edit(body.replace("{NAME}", NAMES[random.nextInt(NAMES.length)])
                .replace("{AGE}", String.valueOf(21 + random.nextInt(15)))
                .replace("{CITY}", city), random.nextInt(edits + 1));
        String written = phone.substring(2, 5) + "-" + phone.substring(5, 8) + "-" + phone.substring(8);
        text = text.replace("{PHONE}", written);
        List<Identifier> identifiers = new ArrayList<>();
        identifiers.add(span(text, IdentifierType.PHONE, phone, written));
        if (hubPhone != null) {
            String hubWritten = "hotel desk " + hubPhone.substring(2);
            text = text + " or " + hubWritten;
            identifiers.add(span(text, IdentifierType.PHONE, hubPhone, hubPhone.substring(2)));
        }
        String id = "ad" + inputs.size();
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * inputs.size());
        Ad ad = new Ad(id, "", text, at, city, null, "US", null, null, 100.0 + random.nextInt(100), List.of());
        inputs.add(LinkInput.of(ad, identifiers));
        truth.add(new Truth(network, template));
    }

    private static Identifier span(String text, IdentifierType type, String value, String written) {
        int start = text.lastIndexOf(written);
        return new Identifier(type, value, false, written, start, start + written.length());
    }

    /** Applies n random word edits: replace, insert or delete a word at a random position. */
    String edit(String text, int n) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int e = 0; e < n; e++) {
            int at = random.nextInt(words.size());
            String word = WORDS[random.nextInt(WORDS.length)];
            if (words.get(at).contains("{")) {
                e--;
                continue;
            }
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, word);
                case 1 -> words.add(at, word);
                default -> words.remove(at);
            }
        }
        return String.join(" ", words);
    }
}
