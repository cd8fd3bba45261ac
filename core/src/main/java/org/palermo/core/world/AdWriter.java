package org.palermo.core.world;

import static org.palermo.core.world.TemplateWriter.pick;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.IdentifierType;

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
        for (String line : template.lines()) {
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

        ContactBlock contact = new ContactBlock(actor, person, template, slots, random);
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

    private String render(String pattern, Slots.Values values) {
        buffer.setLength(0);
        Slots.fill(pattern, values, buffer);
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
    private static final class AdSlots implements Slots.Values {
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
        public String value(String key) {
            return switch (key) {
                case "name" -> person.name();
                case "age" -> Integer.toString(person.statedAge());
                case "eth" -> person.ethnicity();
                case "height" -> person.height();
                case "weight" -> person.weight();
                case "hair" -> person.hair();
                case "city" -> city.name();
                case "cur" -> city.currencySign();
                case "p" -> Integer.toString(price);
                case "p2" -> Integer.toString(round10(price * 1.8));
                case "ph" -> Integer.toString(round10(price * 0.6));
                case "weekday" -> Phrases.WEEKDAYS[random.nextInt(7)];
                case "date" -> (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28));
                default -> null;
            };
        }
    }

    /** The contact lines of one ad and the identifiers planted in them. */
    private static final class ContactBlock {
        final List<String> lines = new ArrayList<>(4);
        final List<PlantedIdentifier> planted = new ArrayList<>(4);
        String titleSuffix;
        boolean obfuscatedPhone;

        ContactBlock(Actor actor, Person person, Template template, AdSlots slots, SplittableRandom random) {
            phone(actor, person, template, random);
            Actor.Contacts c = actor.contacts;
            if (c.emailLocal() != null && random.nextDouble() < (actor.kind == ActorKind.AGENCY ? 0.7 : 0.5)) {
                email(c, actor, random);
            }
            if (c.handleName() != null && random.nextDouble() < 0.6) {
                handle(c, random);
            }
            if (c.payName() != null && random.nextDouble() < 0.6) {
                payment(c, slots, random);
            }
            if (c.url() != null && random.nextDouble() < 0.85) {
                String written = (random.nextDouble() < 0.3 ? "https://" : "") + c.url();
                lines.add(pick(Phrases.WEB_LINES, random).replace("{url}", written));
                planted.add(new PlantedIdentifier(IdentifierType.URL, c.url(), false, false));
            }
            if (actor.hub != null && random.nextDouble() < 0.7) {
                hub(actor.hub, person, random);
            }
        }

        private void phone(Actor actor, Person person, Template template, SplittableRandom random) {
            boolean rotate = actor.kind == ActorKind.CONTROLLED && actor.phoneIndex < actor.phones.length - 1
                    && random.nextDouble() < 0.15;
            Phone current = actor.phone();
            boolean disguised = random.nextDouble() < actor.obfuscation;
            StringBuilder text = new StringBuilder(48);
            if (disguised) {
                PhoneWriting.Disguise disguise = PhoneWriting.pickDisguise(random, !rotate);
                if (disguise == PhoneWriting.Disguise.TITLE_SPLIT) {
                    int first = current.groups()[0];
                    titleSuffix = current.national().substring(0, first);
                    int[] rest = new int[current.groups().length - 1];
                    System.arraycopy(current.groups(), 1, rest, 0, rest.length);
                    PhoneWriting.grouped(current.national().substring(first), rest, " ", text);
                } else {
                    PhoneWriting.disguised(current, disguise, random, text);
                }
            } else {
                PhoneWriting.plain(current, random, text);
                if (template.phoneInTitle()) {
                    StringBuilder inTitle = new StringBuilder(20);
                    PhoneWriting.plain(current, random, inTitle);
                    titleSuffix = inTitle.toString();
                }
            }
            obfuscatedPhone = disguised;
            planted.add(new PlantedIdentifier(IdentifierType.PHONE, current.e164(), disguised, false));
            if (rotate) {
                Phone next = actor.phones[actor.phoneIndex + 1];
                boolean nextDisguised = random.nextDouble() < actor.obfuscation;
                StringBuilder nextText = new StringBuilder(48);
                if (nextDisguised) {
                    PhoneWriting.disguised(next, PhoneWriting.pickDisguise(random, false), random, nextText);
                } else {
                    PhoneWriting.plain(next, random, nextText);
                }
                obfuscatedPhone |= nextDisguised;
                planted.add(new PlantedIdentifier(IdentifierType.PHONE, next.e164(), nextDisguised, false));
                lines.add(pick(Phrases.ROTATE, random).replace("{phone}", nextText).replace("{old}", text));
                actor.phoneIndex++;
            } else {
                lines.add(template.contactPhrase().replace("{phone}", text).replace("{name}", person.name()));
            }
        }

        private void email(Actor.Contacts c, Actor actor, SplittableRandom random) {
            double disguiseRate = actor.kind == ActorKind.CONTROLLED ? actor.obfuscation : 0.15;
            String written;
            boolean disguised = random.nextDouble() < disguiseRate;
            if (disguised) {
                String domain = c.emailDomain().replace(".", random.nextBoolean() ? " dot " : " (dot) ");
                written = c.emailLocal() + (random.nextBoolean() ? " at " : " (at) ") + domain;
            } else {
                written = c.emailLocal() + "@" + c.emailDomain();
            }
            lines.add(pick(Phrases.EMAIL_LINES, random).replace("{email}", written));
            String value = (c.emailLocal() + "@" + c.emailDomain()).toLowerCase(Locale.ROOT);
            planted.add(new PlantedIdentifier(IdentifierType.EMAIL, value, disguised, false));
        }

        private void handle(Actor.Contacts c, SplittableRandom random) {
            String name = c.handleName();
            String written = switch (c.handlePlatform()) {
                case "instagram" -> random.nextBoolean() ? "IG: " + name : "insta @" + name;
                case "snapchat" -> random.nextBoolean() ? "snap: " + name : "SC: " + name;
                case "telegram" -> random.nextBoolean() ? "telegram @" + name : "TG: @" + name;
                case "kik" -> "kik: " + name;
                default -> random.nextBoolean() ? "twitter @" + name : "X: @" + name;
            };
            lines.add(pick(Phrases.HANDLE_LINES, random).replace("{handle}", written));
            planted.add(new PlantedIdentifier(IdentifierType.HANDLE,
                    c.handlePlatform() + ":" + name.toLowerCase(Locale.ROOT), false, false));
        }

        private void payment(Actor.Contacts c, AdSlots slots, SplittableRandom random) {
            String name = c.payName();
            String written = c.payApp().equals("cashapp")
                    ? (random.nextBoolean() ? "$" + name : "cashapp $" + name)
                    : (random.nextBoolean() ? "venmo: " + name : "venmo @" + name);
            String line = pick(Phrases.DEPOSIT, random).replace("{pay}", written).replace("{cur}",
                    slots.value("cur"));
            lines.add(line);
            planted.add(new PlantedIdentifier(IdentifierType.PAYMENT,
                    c.payApp() + ":" + name.toLowerCase(Locale.ROOT), false, false));
        }

        private void hub(Hub hub, Person person, SplittableRandom random) {
            StringBuilder phone = new StringBuilder(20);
            PhoneWriting.plain(hub.phone(), random, phone);
            if (hub.hotel()) {
                lines.add(pick(Phrases.HOTEL_LINES, random).replace("{hotel}", hub.name())
                        .replace("{phone}", phone).replace("{name}", person.name()));
                planted.add(new PlantedIdentifier(IdentifierType.PHONE, hub.phone().e164(), false, true));
                return;
            }
            String line = pick(Phrases.BOOKING_LINES, random).replace("{service}", hub.name());
            if (line.contains("{email}")) {
                lines.add(line.replace("{email}", hub.email()));
                planted.add(new PlantedIdentifier(IdentifierType.EMAIL, hub.email(), false, true));
            } else {
                lines.add(line.replace("{phone}", phone));
                planted.add(new PlantedIdentifier(IdentifierType.PHONE, hub.phone().e164(), false, true));
            }
        }
    }
}
