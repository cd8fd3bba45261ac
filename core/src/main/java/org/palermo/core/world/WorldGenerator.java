package org.palermo.core.world;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates the synthetic world, streaming: actors arrive over time (a Poisson process), post on their own
 * cadence, move between cities and retire; only the actors active at one moment are held in memory. Ads reach
 * the sink in posting order, then tips, then case records. Same settings, same world.
 */
public final class WorldGenerator {

    private static final ActorKind[] KINDS = ActorKind.values();

    private final WorldSettings settings;
    private final SplittableRandom random;
    private final Cities cities;
    private final ActorFactory factory;
    private final AdWriter writer;
    private final long startEpochSecond;
    private final double[] kindThresholds = new double[KINDS.length];
    private final Stats stats = new Stats();
    private final Map<ActorKind, Reservoir<Sighting>> tipSubjects = new EnumMap<>(ActorKind.class);
    private final Reservoir<Sighting> controlledPeople;
    private final Reservoir<Sighting> otherPeople;

    private WorldGenerator(WorldSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.cities = Cities.of(settings.countries());
        PhoneBook phoneBook = new PhoneBook();
        this.factory = new ActorFactory(settings, cities, phoneBook, new Hubs(cities, phoneBook, random.split()));
        this.startEpochSecond = settings.start().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        this.writer = new AdWriter(settings.maxEdits(), startEpochSecond);
        for (ActorKind kind : KINDS) {
            tipSubjects.put(kind, new Reservoir<>(Math.max(1, settings.tips()), random.split()));
        }
        this.controlledPeople = new Reservoir<>(Math.max(1, settings.people()), random.split());
        this.otherPeople = new Reservoir<>(Math.max(1, settings.people()), random.split());
        double sum = 0;
        for (ActorKind kind : KINDS) {
            sum += settings.share(kind) / ActorFactory.meanAds(kind);
        }
        double cumulative = 0;
        for (int i = 0; i < KINDS.length; i++) {
            cumulative += settings.share(KINDS[i]) / ActorFactory.meanAds(KINDS[i]) / sum;
            kindThresholds[i] = cumulative;
        }
    }

    /** Generates the world described by {@code settings} into {@code sink} and says what it contains. */
    public static WorldSummary generate(WorldSettings settings, WorldSink sink) {
        return new WorldGenerator(settings).run(sink);
    }

    private WorldSummary run(WorldSink sink) {
        postAds(sink);
        long tips = writeTips(sink);
        long people = writeCases(sink);
        return stats.summary(tips, people);
    }

    private void postAds(WorldSink sink) {
        double expectedActors = 0;
        for (ActorKind kind : KINDS) {
            expectedActors += settings.ads() * settings.share(kind) / ActorFactory.meanAds(kind);
        }
        double meanGapSeconds = settings.spanDays() * 86_400.0 * 0.85 / Math.max(1.0, expectedActors);
        PostingQueue active = new PostingQueue();
        long nextArrival = (long) (random.nextExponential() * meanGapSeconds);
        int actors = 0;
        long posted = 0;
        while (posted < settings.ads()) {
            if (active.isEmpty() || nextArrival <= active.peekTime()) {
                actors++;
                active.add(factory.create(actors, pickKind(), random.split(), nextArrival));
                nextArrival += (long) (random.nextExponential() * meanGapSeconds);
                continue;
            }
            Actor head = active.poll();
            posted++;
            post(head, "ad-" + Actor.pad(posted, 7), sink);
            if (head.remaining > 0) {
                active.add(head);
            }
        }
    }

    private void post(Actor actor, String adId, WorldSink sink) {
        moveIfDue(actor);
        AdWriter.Written written = writer.write(actor, adId);
        sink.ad(written.ad(), written.truth());
        stats.record(actor, written);
        int index = written.personIndex();
        if (!actor.seen[index]) {
            actor.seen[index] = true;
            Sighting sighting = new Sighting(actor.persons.get(index), actor.id, actor.networkId, actor.kind,
                    actor.phone(), actor.city, actor.nextPostAt);
            tipSubjects.get(actor.kind).offer(sighting);
            (actor.kind == ActorKind.CONTROLLED ? controlledPeople : otherPeople).offer(sighting);
            if (sighting.person().minor()) {
                stats.minors++;
            }
        }
        actor.adsPosted++;
        actor.remaining--;
        double gapDays = actor.cadenceDays * (0.3 + actor.random.nextExponential() * 0.7);
        actor.nextPostAt += Math.max(600, Actor.days(gapDays));
    }

    private void moveIfDue(Actor actor) {
        if (actor.nextPostAt < actor.moveAt) {
            return;
        }
        SplittableRandom r = actor.random;
        if (actor.tourer && actor.kind == ActorKind.INDEPENDENT && actor.city != actor.home && r.nextDouble() < 0.3) {
            actor.city = actor.home;
        } else if (actor.tourer) {
            actor.city = cities.pickNear(actor.city, r);
        }
        actor.moveAt = actor.nextPostAt + Actor.days(actor.moveEveryDays * (0.5 + r.nextDouble()));
    }

    private ActorKind pickKind() {
        double r = random.nextDouble();
        for (int i = 0; i < KINDS.length; i++) {
            if (r < kindThresholds[i]) {
                return KINDS[i];
            }
        }
        return KINDS[KINDS.length - 1];
    }

    private long writeTips(WorldSink sink) {
        SplittableRandom tipRandom = random.split();
        List<Sighting> controlled = tipSubjects.get(ActorKind.CONTROLLED).items();
        List<Sighting> independent = tipSubjects.get(ActorKind.INDEPENDENT).items();
        List<Sighting> agency = tipSubjects.get(ActorKind.AGENCY).items();
        for (int i = 1; i <= settings.tips(); i++) {
            Sighting about = TipWriter.subject(controlled, independent, agency, tipRandom);
            sink.tip(TipWriter.write(i, about, cities.pick(tipRandom), startEpochSecond, settings.spanDays(),
                    tipRandom));
        }
        return settings.tips();
    }

    private long writeCases(WorldSink sink) {
        SplittableRandom caseRandom = random.split();
        List<Sighting> pool = new ArrayList<>();
        int wantControlled = (int) Math.round(settings.people() * 0.75);
        List<Sighting> controlled = controlledPeople.items();
        List<Sighting> other = otherPeople.items();
        pool.addAll(controlled.subList(0, Math.min(wantControlled, controlled.size())));
        pool.addAll(other.subList(0, Math.min(settings.people() - pool.size(), other.size())));
        int number = 0;
        for (Sighting seen : pool) {
            sink.person(CaseWriter.write(++number, seen, caseRandom));
        }
        return number;
    }

    /** Running counts for the summary. */
    private static final class Stats {
        final long[] adsByKind = new long[KINDS.length];
        final long[] networksByKind = new long[KINDS.length];
        final TreeMap<String, Long> adsByCountry = new TreeMap<>();
        final TreeSet<String> cities = new TreeSet<>();
        long minors;
        long obfuscated;
        long ads;

        void record(Actor actor, AdWriter.Written written) {
            ads++;
            adsByKind[actor.kind.ordinal()]++;
            if (actor.adsPosted == 0) {
                networksByKind[actor.kind.ordinal()]++;
            }
            if (written.obfuscated()) {
                obfuscated++;
            }
            adsByCountry.merge(actor.city.country(), 1L, Long::sum);
            cities.add(actor.city.name());
        }

        WorldSummary summary(long tips, long people) {
            Map<ActorKind, Long> byKind = new EnumMap<>(ActorKind.class);
            Map<ActorKind, Long> networks = new EnumMap<>(ActorKind.class);
            for (ActorKind kind : KINDS) {
                byKind.put(kind, adsByKind[kind.ordinal()]);
                networks.put(kind, networksByKind[kind.ordinal()]);
            }
            return new WorldSummary(ads, byKind, networks, minors, obfuscated, adsByCountry, cities.size(), tips,
                    people);
        }
    }
}
