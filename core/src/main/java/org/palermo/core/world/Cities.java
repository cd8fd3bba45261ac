package org.palermo.core.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** The built-in table of real cities, with market price levels; choices are weighted by market size. */
public final class Cities {

    private static final List<City> ALL = List.of(
            us("New York", "NY", 350, 30, "212", "646", "917", "718", "347"),
            us("Los Angeles", "CA", 300, 24, "213", "310", "323", "424", "818"),
            us("Chicago", "IL", 250, 16, "312", "773", "872"),
            us("Houston", "TX", 200, 14, "713", "281", "832"),
            us("Phoenix", "AZ", 200, 9, "602", "480", "623"),
            us("Philadelphia", "PA", 220, 9, "215", "267"),
            us("San Antonio", "TX", 180, 6, "210", "726"),
            us("San Diego", "CA", 260, 7, "619", "858"),
            us("Dallas", "TX", 220, 12, "214", "469", "972"),
            us("Atlanta", "GA", 220, 12, "404", "678", "470"),
            us("Miami", "FL", 280, 12, "305", "786"),
            us("Las Vegas", "NV", 300, 12, "702", "725"),
            us("Seattle", "WA", 280, 8, "206", "253"),
            us("Denver", "CO", 240, 7, "303", "720"),
            us("Boston", "MA", 300, 8, "617", "857"),
            us("Washington", "DC", 300, 9, "202"),
            us("San Francisco", "CA", 350, 8, "415", "628"),
            us("Detroit", "MI", 180, 6, "313"),
            us("Nashville", "TN", 220, 5, "615", "629"),
            us("Portland", "OR", 230, 5, "503", "971"),
            us("Orlando", "FL", 220, 7, "407", "321"),
            us("Minneapolis", "MN", 230, 5, "612"),
            us("Charlotte", "NC", 200, 5, "704", "980"),
            us("Columbus", "OH", 180, 4, "614"),
            us("Indianapolis", "IN", 180, 4, "317"),
            us("Baltimore", "MD", 220, 5, "410", "443"),
            us("New Orleans", "LA", 220, 5, "504"),
            us("Salt Lake City", "UT", 200, 3, "801", "385"),
            ca("Toronto", "ON", 280, 9, "416", "647", "437"),
            ca("Vancouver", "BC", 300, 5, "604", "778"),
            ca("Montreal", "QC", 250, 5, "514", "438"),
            ca("Calgary", "AB", 260, 3, "403", "587"),
            ca("Ottawa", "ON", 250, 2, "613", "343"),
            other("London", "England", "GB", 180, 14),
            other("Manchester", "England", "GB", 140, 4),
            other("Birmingham", "England", "GB", 130, 4),
            other("Leeds", "England", "GB", 130, 2),
            other("Liverpool", "England", "GB", 130, 2),
            other("Bristol", "England", "GB", 140, 2),
            other("Glasgow", "Scotland", "GB", 130, 2),
            other("Edinburgh", "Scotland", "GB", 150, 2),
            other("Dublin", "Leinster", "IE", 170, 4),
            other("Cork", "Munster", "IE", 150, 1),
            other("Galway", "Connacht", "IE", 140, 1),
            other("Sydney", "NSW", "AU", 350, 6),
            other("Melbourne", "VIC", "AU", 330, 6),
            other("Brisbane", "QLD", "AU", 300, 3),
            other("Perth", "WA", "AU", 320, 3),
            other("Adelaide", "SA", "AU", 280, 2));

    private final List<City> cities;
    private final int[] cumulative;
    private final java.util.Map<String, Cities> byCountry = new java.util.HashMap<>();

    private Cities(List<City> cities) {
        this.cities = List.copyOf(cities);
        this.cumulative = new int[cities.size()];
        int sum = 0;
        for (int i = 0; i < cities.size(); i++) {
            sum += cities.get(i).weight();
            cumulative[i] = sum;
        }
    }

    /** The cities of the given countries. */
    public static Cities of(Set<String> countries) {
        List<City> chosen = new ArrayList<>();
        for (City city : ALL) {
            if (countries.contains(city.country())) {
                chosen.add(city);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no cities in countries " + countries);
        }
        return new Cities(chosen);
    }

    public static List<City> all() {
        return ALL;
    }

    public List<City> list() {
        return cities;
    }

    /** A city chosen by market size. */
    public City pick(SplittableRandom random) {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return cities.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A city of the same country as {@code from} (by market size), other than it when the country has more. */
    public City pickNear(City from, SplittableRandom random) {
        Cities country = byCountry.computeIfAbsent(from.country(), code -> of(Set.of(code)));
        if (country.cities.size() < 2) {
            return from;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            City next = country.pick(random);
            if (next != from) {
                return next;
            }
        }
        return from;
    }

    private static City us(String name, String state, int price, int weight, String... codes) {
        return new City(name, state, "US", price, List.of(codes), weight);
    }

    private static City ca(String name, String province, int price, int weight, String... codes) {
        return new City(name, province, "CA", price, List.of(codes), weight);
    }

    private static City other(String name, String region, String country, int price, int weight) {
        return new City(name, region, country, price, List.of(), weight);
    }
}
