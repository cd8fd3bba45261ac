package org.palermo.core.world;

import static org.palermo.core.world.TemplateWriter.pick;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Writes tip-line reports about sightings of the world, plus noise tips that refer to nothing in it. */
final class TipWriter {

    private static final String[] CONTROLLED = {
        "Caller saw an online ad for a woman called {name} in {city}, number {phone}. Says a man answers that phone "
                + "and drives her to hotels.",
        "Hotel staff in {city} report several women brought in by the same man; one of their ads lists {phone}.",
        "Web report: the woman in the ad with {phone} ({city}) looked scared and did not seem to speak English. "
                + "Name in the ad: {name}.",
        "Outreach team met a woman called {name} in {city} who says she must hand over all her earnings. "
                + "Ad phone {phone}.",
        "Caller says {phone} posts ads for different women every week, in {city} and other cities.",
        "Relative worried that {name} is not allowed to keep her passport; she is advertised in {city} on {phone}."};
    private static final String[] INDEPENDENT = {
        "Neighbour in {city} complains about visitors to an apartment; the number in the ad is {phone}.",
        "Caller believes {name} ({phone}, {city}) might be in trouble but gives no details.",
        "Web report about an ad in {city} with phone {phone}; the reporter dislikes the ad, no sign of coercion "
                + "given."};
    private static final String[] AGENCY = {
        "Report about a massage business in {city} open late at night, phone {phone}.",
        "Caller says {phone} in {city} advertises many different women under one agency name."};
    private static final String[] NOISE = {
        "Caller reports a van parked near a motel in {city} for several nights, no number.",
        "Anonymous web report with no usable details.",
        "Caller asks general questions about work visas abroad.",
        "Report of loud parties at a house in {city}; nothing points to exploitation."};
    private static final String[] CHANNELS = {"hotline", "hotline", "hotline", "hotline", "hotline", "web", "web",
        "web", "partner", "partner"};

    private TipWriter() {
    }

    static Tip write(int number, Sighting about, City anyCity, long startEpochSecond, int spanDays,
                     SplittableRandom random) {
        String id = "tip-" + Actor.pad(number, 5);
        String channel = pick(CHANNELS, random);
        if (about == null) {
            String text = pick(NOISE, random).replace("{city}", anyCity.name());
            long at = startEpochSecond + (long) (random.nextDouble() * spanDays * 86_400L);
            return new Tip(id, Instant.ofEpochSecond(at), channel, text, null, null, null);
        }
        String[] bank = switch (about.kind()) {
            case CONTROLLED -> CONTROLLED;
            case INDEPENDENT -> INDEPENDENT;
            case AGENCY -> AGENCY;
        };
        StringBuilder phone = new StringBuilder(20);
        PhoneWriting.plain(about.phone(), random, phone);
        String text = pick(bank, random).replace("{name}", about.person().name()).replace("{city}",
                about.city().name()).replace("{phone}", phone);
        long at = startEpochSecond + about.at() + (long) (random.nextDouble() * 14 * 86_400L);
        return new Tip(id, Instant.ofEpochSecond(at), channel, text, about.networkId(), about.actorId(),
                about.kind());
    }

    /** Chooses what a tip is about: 15% noise, else controlled 60%, independent 25%, agency 15%. */
    static Sighting subject(List<Sighting> controlled, List<Sighting> independent, List<Sighting> agency,
                            SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.15) {
            return null;
        }
        List<Sighting> from = r < 0.66 ? controlled : r < 0.87 ? independent : agency;
        if (from.isEmpty()) {
            from = !controlled.isEmpty() ? controlled : !independent.isEmpty() ? independent : agency;
        }
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }
}
