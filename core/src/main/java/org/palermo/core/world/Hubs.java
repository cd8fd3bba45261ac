package org.palermo.core.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Identifiers shared by unrelated actors: hotel switchboards, booking services, stock photos. They join ads of
 * different networks, which a linker must learn not to trust.
 */
final class Hubs {

    private static final String[] STOCK_IMAGES = {
        ActorFactory.imageId(0x5EED_0001_0001L), ActorFactory.imageId(0x5EED_0002_0002L),
        ActorFactory.imageId(0x5EED_0003_0003L), ActorFactory.imageId(0x5EED_0004_0004L),
        ActorFactory.imageId(0x5EED_0005_0005L), ActorFactory.imageId(0x5EED_0006_0006L)};

    private final List<Hub> hotels = new ArrayList<>();
    private final List<Hub> services = new ArrayList<>();

    Hubs(Cities cities, PhoneBook phoneBook, SplittableRandom random) {
        for (City city : cities.list()) {
            if (city.weight() >= 8 || cities.list().size() < 8) {
                String name = TemplateWriter.pick(Phrases.HOTEL_NAMES, random) + " " + city.name();
                hotels.add(new Hub(name, true, phoneBook.allocate(city, random), null, city.name(), city.country()));
            }
        }
        City serviceHome = cities.list().get(0);
        for (String service : Phrases.BOOKING_SERVICES) {
            String domain = service.toLowerCase(Locale.ROOT).replace(" ", "") + ".example";
            services.add(new Hub(service, false, phoneBook.allocate(serviceHome, random), "bookings@" + domain,
                    serviceHome.name(), serviceHome.country()));
        }
    }

    /** The hub an actor uses, or {@code null}: 4% of independents, 3% of agencies, 6% of controllers. */
    Hub maybeJoin(ActorKind kind, City home, SplittableRandom random) {
        double rate = switch (kind) {
            case INDEPENDENT -> 0.04;
            case AGENCY -> 0.03;
            case CONTROLLED -> 0.06;
        };
        if (random.nextDouble() >= rate) {
            return null;
        }
        if (random.nextBoolean()) {
            List<Hub> local = new ArrayList<>();
            for (Hub hotel : hotels) {
                if (hotel.city().equals(home.name())) {
                    return hotel;
                }
                if (hotel.country().equals(home.country())) {
                    local.add(hotel);
                }
            }
            if (!local.isEmpty()) {
                return local.get(random.nextInt(local.size()));
            }
        }
        return services.get(random.nextInt(services.size()));
    }

    static String stockImage(SplittableRandom random) {
        return STOCK_IMAGES[random.nextInt(STOCK_IMAGES.length)];
    }

    static List<String> stockImages() {
        return List.of(STOCK_IMAGES);
    }
}
