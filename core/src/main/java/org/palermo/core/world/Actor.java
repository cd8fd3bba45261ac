package org.palermo.core.world;

import java.util.List;
import java.util.SplittableRandom;

/** One actor of the world while it posts: who it is, what it writes with, and where it is now. */
final class Actor {

    final int number;
    final String id;
    final String networkId;
    final ActorKind kind;
    final SplittableRandom random;
    final List<Person> persons;
    final Phone[] phones;
    final Template[] templates;
    final String[][] images;
    final String[] sites;
    final Contacts contacts;
    final Hub hub;
    final City home;
    final boolean tourer;
    final double moveEveryDays;
    final double cadenceDays;
    final double priceFactor;
    final double obfuscation;

    final boolean[] seen;

    int phoneIndex;
    int remaining;
    City city;
    long nextPostAt;
    long moveAt;
    int adsPosted;

    /**
     * Written and normalised forms of the actor's non-phone identifiers; any may be {@code null}.
     */
    record Contacts(String emailLocal, String emailDomain, String handleName, String handlePlatform,
                    String payName, String payApp, String url) {
    }

    Actor(int number, ActorKind kind, SplittableRandom random, List<Person> persons, Phone[] phones,
          Template[] templates, String[][] images, String[] sites, Contacts contacts, Hub hub, City home,
          boolean tourer, double moveEveryDays, double cadenceDays, double priceFactor, double obfuscation,
          int ads, long firstPostAt) {
        this.number = number;
        this.id = "a-" + pad(number, 7);
        this.networkId = "n-" + pad(number, 7);
        this.kind = kind;
        this.random = random;
        this.persons = persons;
        this.phones = phones;
        this.templates = templates;
        this.images = images;
        this.sites = sites;
        this.contacts = contacts;
        this.hub = hub;
        this.home = home;
        this.tourer = tourer;
        this.moveEveryDays = moveEveryDays;
        this.cadenceDays = cadenceDays;
        this.priceFactor = priceFactor;
        this.obfuscation = obfuscation;
        this.seen = new boolean[persons.size()];
        this.remaining = ads;
        this.city = home;
        this.nextPostAt = firstPostAt;
        this.moveAt = firstPostAt + days(moveEveryDays * (0.5 + random.nextDouble()));
    }

    Phone phone() {
        return phones[phoneIndex];
    }

    static long days(double days) {
        return (long) (days * 86_400.0);
    }

    static String pad(long value, int width) {
        String text = Long.toString(value);
        if (text.length() >= width) {
            return text;
        }
        StringBuilder out = new StringBuilder(width);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(text).toString();
    }
}
