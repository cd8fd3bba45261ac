package org.palermo.core.world;

import static org.palermo.core.world.Phrases.*;
import static org.palermo.core.world.TemplateWriter.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Creates the actors of the world: their people, phones, identifiers, templates and habits. */
final class ActorFactory {

    static final String[] SITES = {"nightlist", "citycompanions", "velvetboard", "localdates", "eveningguide",
        "metroescorts"};
    static final String[] EMAIL_DOMAINS = {"mail.example", "inbox.example", "post.example", "securemail.example",
        "quickmail.example"};
    private static final String[] INDEPENDENT_PLATFORMS = {"instagram", "snapchat", "twitter", "telegram"};
    private static final String[] CONTROLLED_PLATFORMS = {"kik", "telegram", "snapchat"};
    private static final String[] AGENCY_PLATFORMS = {"instagram", "twitter"};
    private static final long CODE_SPACE = 36L * 36 * 36 * 36 * 36;

    private final WorldSettings settings;
    private final Cities cities;
    private final PhoneBook phoneBook;
    private final Hubs hubs;

    ActorFactory(WorldSettings settings, Cities cities, PhoneBook phoneBook, Hubs hubs) {
        this.settings = settings;
        this.cities = cities;
        this.phoneBook = phoneBook;
        this.hubs = hubs;
    }

    /** Mean number of ads an actor of this kind posts over its life. */
    static double meanAds(ActorKind kind) {
        return switch (kind) {
            case INDEPENDENT -> 10;
            case AGENCY -> 40;
            case CONTROLLED -> 30;
        };
    }

    Actor create(int number, ActorKind kind, SplittableRandom random, long firstPostAt) {
        City home = cities.pick(random);
        List<Person> persons = persons(kind, number, home, random);
        boolean tourer = kind == ActorKind.CONTROLLED
                || kind == ActorKind.INDEPENDENT && random.nextDouble() < 0.35;
        String agencyName = kind == ActorKind.AGENCY ? agencyName(random) : null;
        int templateCount = switch (kind) {
            case INDEPENDENT -> 1 + (random.nextDouble() < 0.4 ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0);
            case AGENCY -> Math.min(persons.size(), 2 + random.nextInt(3));
            case CONTROLLED -> 1 + random.nextInt(3);
        };
        Template[] templates = TemplateWriter.write(kind, number, templateCount, tourer, agencyName, home, random);
        return new Actor(number, kind, random, persons, phones(kind, home, random), templates,
                images(persons.size(), random), sites(random), contacts(kind, number, persons.get(0), agencyName,
                random), hubs.maybeJoin(kind, home, random), home, tourer, moveEveryDays(kind, tourer, random),
                cadenceDays(kind, random), priceFactor(kind, random), obfuscation(kind, random), adCount(kind, random),
                firstPostAt);
    }

    private List<Person> persons(ActorKind kind, int number, City home, SplittableRandom random) {
        int count = switch (kind) {
            case INDEPENDENT -> 1;
            case AGENCY -> 3 + random.nextInt(6);
            case CONTROLLED -> 2 + random.nextInt(5);
        };
        String sharedEthnicity = random.nextDouble() < 0.7 ? pick(ETHNICITIES, random) : null;
        List<Person> persons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String ethnicity = sharedEthnicity != null && kind == ActorKind.CONTROLLED ? sharedEthnicity
                    : pick(ETHNICITIES, random);
            persons.add(person("v-" + Actor.pad(number, 7) + "-" + i, kind, ethnicity, home, random));
        }
        return persons;
    }

    private Person person(String id, ActorKind kind, String ethnicity, City home, SplittableRandom random) {
        boolean minor = kind == ActorKind.CONTROLLED && random.nextDouble() < settings.minorShare();
        int age;
        int stated;
        if (minor) {
            age = 15 + random.nextInt(3);
            stated = 18 + random.nextInt(2);
        } else if (kind == ActorKind.CONTROLLED) {
            age = 18 + (int) Math.min(14, Math.abs(random.nextGaussian()) * 5);
            stated = Math.max(18, age - random.nextInt(3));
        } else {
            stated = random.nextDouble() < 0.12 ? 21 + random.nextInt(2)
                    : 23 + (int) Math.min(kind == ActorKind.AGENCY ? 15 : 22, Math.abs(random.nextGaussian()) * 8);
            age = stated + random.nextInt(3);
        }
        String height = "5'" + (random.nextInt(10));
        String weight = (100 + random.nextInt(55)) + (random.nextInt(4) == 0 ? "lbs" : " lbs");
        return new Person(id, pick(FEMALE_NAMES, random), stated, age, minor, ethnicity,
                Nationalities.of(kind, ethnicity, home.country(), random), height, weight, pick(HAIR, random),
                pick(YOUTH, random));
    }

    private Phone[] phones(ActorKind kind, City home, SplittableRandom random) {
        int count = kind == ActorKind.CONTROLLED ? 2 + random.nextInt(3) : 1;
        Phone[] phones = new Phone[count];
        for (int i = 0; i < count; i++) {
            phones[i] = phoneBook.allocate(home, random);
        }
        return phones;
    }

    private static String[][] images(int persons, SplittableRandom random) {
        String[][] images = new String[persons][];
        for (int p = 0; p < persons; p++) {
            int count = persons == 1 ? 3 + random.nextInt(6) : 2 + random.nextInt(3);
            images[p] = new String[count];
            for (int i = 0; i < count; i++) {
                images[p][i] = imageId(random.nextLong());
            }
        }
        if (random.nextDouble() < 0.03) {
            images[0][0] = Hubs.stockImage(random);
        }
        return images;
    }

    static String imageId(long bits) {
        String hex = Long.toHexString(bits & 0xFFFF_FFFF_FFFFL);
        StringBuilder out = new StringBuilder(16).append("img-");
        for (int i = hex.length(); i < 12; i++) {
            out.append('0');
        }
        return out.append(hex).toString();
    }

    private static String[] sites(SplittableRandom random) {
        String first = pick(SITES, random);
        if (random.nextDouble() < 0.5) {
            return new String[] {first};
        }
        String second = pick(SITES, random);
        return second.equals(first) ? new String[] {first} : new String[] {first, second};
    }

    private static Actor.Contacts contacts(ActorKind kind, int number, Person first, String agencyName,
                                           SplittableRandom random) {
        String code = code(number);
        String base = agencyName != null ? slug(agencyName) : first.name() + pick(SURNAME_WORDS, random);
        double emailRate = kind == ActorKind.INDEPENDENT ? 0.35 : kind == ActorKind.AGENCY ? 0.6 : 0.1;
        double handleRate = kind == ActorKind.INDEPENDENT ? 0.45 : kind == ActorKind.AGENCY ? 0.3 : 0.2;
        double payRate = kind == ActorKind.INDEPENDENT ? 0.25 : kind == ActorKind.AGENCY ? 0.05 : 0.2;
        String emailLocal = null;
        String emailDomain = null;
        if (random.nextDouble() < emailRate) {
            emailLocal = (random.nextBoolean() ? base.toLowerCase(Locale.ROOT) : base) + (random.nextBoolean() ? "." : "")
                    + code;
            emailDomain = pick(EMAIL_DOMAINS, random);
        }
        String handle = null;
        String platform = null;
        if (random.nextDouble() < handleRate) {
            String[] platforms = kind == ActorKind.INDEPENDENT ? INDEPENDENT_PLATFORMS
                    : kind == ActorKind.AGENCY ? AGENCY_PLATFORMS : CONTROLLED_PLATFORMS;
            platform = pick(platforms, random);
            handle = (random.nextBoolean() ? base : base.toLowerCase(Locale.ROOT)) + "_" + code;
        }
        String pay = null;
        String app = null;
        if (random.nextDouble() < payRate) {
            app = random.nextBoolean() ? "cashapp" : "venmo";
            pay = base + code;
        }
        String url = agencyName == null ? null
                : (random.nextBoolean() ? "www." : "") + slug(agencyName).toLowerCase(Locale.ROOT) + code + ".example";
        return new Actor.Contacts(emailLocal, emailDomain, handle, platform, pay, app, url);
    }

    /** A short code unique per actor number (below 36^5), which keeps identifiers of unrelated actors apart. */
    static String code(int number) {
        long scrambled = (number * 7919L + 1297L) % CODE_SPACE;
        return Long.toString(scrambled, 36);
    }

    private static String slug(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String agencyName(SplittableRandom random) {
        return pick(AGENCY_FIRST, random) + " " + pick(AGENCY_SECOND, random) + " " + pick(AGENCY_TYPE, random);
    }

    private static double moveEveryDays(ActorKind kind, boolean tourer, SplittableRandom random) {
        if (kind == ActorKind.CONTROLLED) {
            return 2 + 4 * random.nextDouble();
        }
        return tourer ? 5 + 7 * random.nextDouble() : 10_000;
    }

    private static double cadenceDays(ActorKind kind, SplittableRandom random) {
        return switch (kind) {
            case INDEPENDENT -> 1.0 + 2.0 * random.nextDouble();
            case AGENCY -> 0.3 + 0.6 * random.nextDouble();
            case CONTROLLED -> 0.2 + 0.3 * random.nextDouble();
        };
    }

    private static double priceFactor(ActorKind kind, SplittableRandom random) {
        double factor = switch (kind) {
            case INDEPENDENT -> 1.05 + 0.15 * random.nextGaussian();
            case AGENCY -> 1.10 + 0.12 * random.nextGaussian();
            case CONTROLLED -> 0.72 + 0.12 * random.nextGaussian();
        };
        return Math.max(0.4, Math.min(1.7, factor));
    }

    private double obfuscation(ActorKind kind, SplittableRandom random) {
        double mean = settings.obfuscationRate(kind);
        if (kind == ActorKind.CONTROLLED) {
            return Math.min(1.0, mean * (0.4 + 1.2 * random.nextDouble()));
        }
        // A quarter of independents and agencies ever disguise their number; they do so often.
        return random.nextDouble() < 0.25 ? Math.min(1.0, mean * 4) : 0.0;
    }

    private static int adCount(ActorKind kind, SplittableRandom random) {
        int minimum = switch (kind) {
            case INDEPENDENT -> 1;
            case AGENCY -> 10;
            case CONTROLLED -> 8;
        };
        return minimum + (int) Math.round(random.nextExponential() * (meanAds(kind) - minimum));
    }
}
