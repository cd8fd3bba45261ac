package org.palermo.core.world;

import static org.palermo.core.world.TemplateWriter.pick;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.palermo.core.ads.Ad;

/** Writes one ad of an actor: picks template and person, fills slots, varies the text, plants identifiers. */
final class AdWriter {

    /** An ad with its truth. */
    record Written(Ad ad, AdTruth truth, boolean obfuscated, int personIndex) {
    }

    private final int maxEdits;
    private final long startEpochSecond;
    private final StringBuilder buffer = new StringBuilder(256);

    AdWriter(int maxEdits, long startEpochSecond) {
        this.maxEdits = maxEdits;
        this.startEpochSecond = startEpochSecond;
    }

    Written write(Actor actor, String adId) {
        SplittableRandom random = actor.random;
        int personIndex = random.nextInt(actor.persons.size());
        Person person = actor.persons.get(personIndex);
        Template template = actor.kind == ActorKind.AGENCY
                ? actor.templates[personIndex % actor.templates.length]
                : actor.templates[random.nextInt(actor.templates.length)];
        City city = actor.city;
        Double price = template.hasPrice() ? (double) price(city, actor.priceFactor, random) : null;
        AdSlots slots = new AdSlots(person, city, price == null ? round10(city.priceLevel()) : price.intValue(),
                random);

        List<String> lines = new ArrayList<>(template.lines().length + 8);
        for (SlotLine line : template.lines()) {
            lines.add(render(line, slots));
        }
        TextEdits.apply(lines, random.nextInt(maxEdits + 1), random);
        if (person.minor() && random.nextDouble() < 0.9) {
            lines.add(1 + random.nextInt(lines.size()), person.youthPhrase());
        }
        if (random.nextDouble() < 0.25) {
            lines.add(random.nextInt(lines.size() + 1), pick(Phrases.FILLER_LINES, random));
        }
        if (lines.size() > 3 && random.nextDouble() < 0.3) {
            swap(lines, 1 + random.nextInt(lines.size() - 1), 1 + random.nextInt(lines.size() - 1));
        }

        ContactBlock contact = new ContactBlock(actor, person, template, slots.value(SlotLine.CURRENCY), random);
        lines.addAll(Math.min(template.contactAt(), lines.size()), contact.lines);

        String title = render(template.title(), slots);
        if (contact.titleSuffix != null) {
            title = title + " " + contact.titleSuffix;
        }
        String site = actor.sites[random.nextInt(actor.sites.length)];
        String url = "https://" + site + ".example/" + city.slug() + "/ad/" + adId.substring(3);
        Ad ad = new Ad(adId, title, String.join("\n", lines), Instant.ofEpochSecond(startEpochSecond + actor.nextPostAt),
                city.name(), city.region(), city.country(), site, url, price, images(actor.images[personIndex], random));
        AdTruth truth = new AdTruth(adId, actor.id, actor.kind, actor.networkId, person.id(), person.minor(),
                template.id(), contact.planted);
        return new Written(ad, truth, contact.obfuscatedPhone, personIndex);
    }

    private String render(SlotLine line, SlotLine.Values values) {
        if (line.fixed()) {
            return line.literal();
        }
        buffer.setLength(0);
        line.render(values, buffer);
        return buffer.toString();
    }

    private static int price(City city, double factor, SplittableRandom random) {
        return round10(city.priceLevel() * factor * (0.95 + 0.1 * random.nextDouble()));
    }

    private static int round10(double value) {
        return (int) Math.max(10, Math.round(value / 10.0) * 10);
    }

    private static void swap(List<String> lines, int a, int b) {
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
    }

    private static List<String> images(String[] own, SplittableRandom random) {
        int count = 1 + random.nextInt(Math.min(4, own.length));
        int from = random.nextInt(own.length);
        List<String> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(own[(from + i) % own.length]);
        }
        return chosen;
    }

    /** Per-ad slot values: the person advertised, the city, the prices, a day. */
    static final class AdSlots implements SlotLine.Values {
        private final Person person;
        private final City city;
        private final int price;
        private final SplittableRandom random;

        AdSlots(Person person, City city, int price, SplittableRandom random) {
            this.person = person;
            this.city = city;
            this.price = price;
            this.random = random;
        }

        @Override
        public String value(int slot) {
            return switch (slot) {
                case SlotLine.NAME -> person.name();
                case SlotLine.AGE -> Integer.toString(person.statedAge());
                case SlotLine.ETHNICITY -> person.ethnicity();
                case SlotLine.HEIGHT -> person.height();
                case SlotLine.WEIGHT -> person.weight();
                case SlotLine.HAIR -> person.hair();
                case SlotLine.CITY -> city.name();
                case SlotLine.CURRENCY -> city.currencySign();
                case SlotLine.PRICE -> Integer.toString(price);
                case SlotLine.PRICE_TWO_HOURS -> Integer.toString(round10(price * 1.8));
                case SlotLine.PRICE_HALF_HOUR -> Integer.toString(round10(price * 0.6));
                case SlotLine.WEEKDAY -> Phrases.WEEKDAYS[random.nextInt(7)];
                case SlotLine.DATE -> (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28));
                default -> throw new IllegalArgumentException("unknown slot " + slot);
            };
        }
    }
}
