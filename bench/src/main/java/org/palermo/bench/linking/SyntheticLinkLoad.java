package org.palermo.bench.linking;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic linking load written as ads.jsonl and truth.jsonl (the world's truth format), for the linking
 * benchmarks while `palermo generate` is not available: operators (network sizes from a heavy-tailed
 * distribution) post from 1-4 own templates built from a shared phrase bank, with rotating names and ages,
 * their own phones, up to 3 random word edits per ad; hub identifiers (hotel switchboards, a booking line, stock
 * photos) appear in a small share of ads of unrelated operators. Non-explicit by construction.
 *
 * <p>Usage: {@code SyntheticLinkLoad OUT_DIR ADS SEED}
 */
public final class SyntheticLinkLoad {

    static final String[] WORDS = ("sweet friendly relaxing massage companionship discreet available today call "
            + "text new visit clean quiet place private upscale professional gentle weekend evenings appointments "
            + "only serious genuine warm smile fun easy going downtown near hotel incall outcall late early morning "
            + "respectful gentlemen welcome no rush best time come see me here week short stay book ahead please "
            + "message first reply fast safe calm cozy room parking lovely charming elegant classy real photos "
            + "satisfaction relax unwind stress away treat yourself special offer rates vary ask details happy "
            + "to meet you soon waiting open minded polite kind caring attentive travel visiting town the a and "
            + "with for your my in at on this that all good nice great").split(" ");
    static final String[] NAMES = ("Anna Bella Chloe Dana Eva Fiona Gina Hana Iris Julia Kira Lena Mia Nora Olga "
            + "Pia Rosa Sara Tina Vera Wanda Yana Zoe Alina Bianca Carla Daria Elena Flora Greta").split(" ");
    static final String[] CITIES = ("Springfield Riverton Lakeside Hillview Maplewood Fairport Oakdale Brookfield "
            + "Greenville Clinton Madison Georgetown Salem Franklin Arlington Ashland Burlington Dover Milton "
            + "Newport").split(" ");

    private final SplittableRandom random;
    private final String[][] phrases;
    private final String[] hubPhones;
    private final String[] stockPhotos;
    private long clock = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

    SyntheticLinkLoad(long seed) {
        random = new SplittableRandom(seed);
        phrases = new String[2000][];
        for (int i = 0; i < phrases.length; i++) {
            phrases[i] = new String[3 + random.nextInt(4)];
            for (int w = 0; w < phrases[i].length; w++) {
                phrases[i][w] = WORDS[random.nextInt(WORDS.length)];
            }
        }
        hubPhones = new String[40];
        for (int h = 0; h < hubPhones.length; h++) {
            hubPhones[h] = "+1800" + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
        }
        stockPhotos = new String[20];
        for (int s = 0; s < stockPhotos.length; s++) {
            stockPhotos[s] = "stock" + Long.toHexString(random.nextLong());
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int ads = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Files.createDirectories(out);
        new SyntheticLinkLoad(seed).write(out.resolve("ads.jsonl"), out.resolve("truth.jsonl"), ads);
    }

    void write(Path adsFile, Path truthFile, int count) throws IOException {
        try (BufferedWriter ads = Files.newBufferedWriter(adsFile);
                BufferedWriter truth = Files.newBufferedWriter(truthFile)) {
            int written = 0;
            int operator = 0;
            while (written < count) {
                int size = Math.min(count - written, networkSize());
                written += operator(operator++, size, ads, truth, written);
            }
        }
    }

    private int networkSize() {
        double u = random.nextDouble();
        return (int) Math.min(2000, Math.floor(2 / Math.pow(1 - u, 0.8)) - 1);
    }

    private int operator(int op, int size, BufferedWriter ads, BufferedWriter truth, int first) throws IOException {
        int templateCount = size < 5 ? 1 : 1 + random.nextInt(Math.min(4, 1 + size / 10));
        String[] templates = new String[templateCount];
        for (int t = 0; t < templateCount; t++) {
            templates[t] = template();
        }
        String phone = "+1" + (200 + random.nextInt(800)) + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
        String kind = op % 7 == 0 ? "controlled" : op % 5 == 0 ? "agency" : "independent";
        int homeCity = random.nextInt(CITIES.length);
        for (int a = 0; a < size; a++) {
            int t = random.nextInt(templateCount);
            String city = CITIES[random.nextDouble() < 0.8 ? homeCity : random.nextInt(CITIES.length)];
            String hub = random.nextDouble() < 0.05 ? hubPhones[random.nextInt(hubPhones.length)] : null;
            String photo = random.nextDouble() < 0.05 ? stockPhotos[random.nextInt(stockPhotos.length)] : null;
            String ownPhoto = "img" + op + "x" + random.nextInt(Math.max(1, size / 3));
            String text = fill(templates[t], city, phone, hub);
            clock += 1 + random.nextInt(120);
            String id = "ad" + (first + a);
            ads.write(String.format(Locale.ROOT,
                    "{\"id\":\"%s\",\"title\":\"\",\"body\":\"%s\",\"posted_at\":\"%s\",\"city\":\"%s\","
                            + "\"country\":\"US\",\"price\":%d,\"images\":[\"%s\"%s]}%n",
                    id, text, Instant.ofEpochSecond(clock), city, 80 + random.nextInt(120), ownPhoto,
                    photo == null ? "" : ",\"" + photo + "\""));
            truth.write(String.format(Locale.ROOT,
                    "{\"id\":\"%s\",\"actor\":\"op%d\",\"kind\":\"%s\",\"network\":\"op%d\",\"victim\":null,"
                            + "\"minor\":false,\"template\":\"op%d-t%d\",\"identifiers\":[{\"type\":\"phone\","
                            + "\"value\":\"%s\",\"obfuscated\":false,\"hub\":false}%s]}%n",
                    id, op, kind, op, op, t, phone, hub == null ? ""
                            : ",{\"type\":\"phone\",\"value\":\"" + hub + "\",\"obfuscated\":false,\"hub\":true}"));
        }
        return size;
    }

    private String template() {
        StringBuilder text = new StringBuilder("Hi I'm {NAME}, {AGE}");
        int count = 8 + random.nextInt(6);
        for (int p = 0; p < count; p++) {
            text.append(p % 3 == 0 ? ". " : " ").append(String.join(" ", phrases[random.nextInt(phrases.length)]));
        }
        return text.append(". In {CITY} this week, call {PHONE}").toString();
    }

    private String fill(String template, String city, String phone, String hub) {
        String text = template.replace("{NAME}", NAMES[random.nextInt(NAMES.length)])
                .replace("{AGE}", String.valueOf(21 + random.nextInt(15)))
                .replace("{CITY}", city);
        text = edit(text, random.nextInt(4));
        text = text.replace("{PHONE}", phone.substring(2, 5) + "-" + phone.substring(5, 8) + "-" + phone.substring(8));
        if (hub != null) {
            text += " or reception " + hub.substring(2, 5) + "-" + hub.substring(5, 8) + "-" + hub.substring(8);
        }
        return text;
    }

    private String edit(String text, int n) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int e = 0; e < n; e++) {
            int at = random.nextInt(words.size());
            if (words.get(at).contains("{")) {
                e--;
                continue;
            }
            String word = WORDS[random.nextInt(WORDS.length)];
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, word);
                case 1 -> words.add(at, word);
                default -> words.remove(at);
            }
        }
        return String.join(" ", words);
    }
}
