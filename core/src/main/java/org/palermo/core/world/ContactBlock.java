package org.palermo.core.world;

import static org.palermo.core.world.TemplateWriter.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.palermo.core.identifiers.IdentifierType;

/** The contact lines of one ad and the identifiers planted in them. */
final class ContactBlock {
    final List<String> lines = new ArrayList<>(4);
    final List<PlantedIdentifier> planted = new ArrayList<>(4);
    String titleSuffix;
    boolean obfuscatedPhone;

    ContactBlock(Actor actor, Person person, Template template, String currency, SplittableRandom random) {
        phone(actor, person, template, random);
        Actor.Contacts c = actor.contacts;
        if (c.emailLocal() != null && random.nextDouble() < (actor.kind == ActorKind.AGENCY ? 0.7 : 0.5)) {
            email(c, actor, random);
        }
        if (c.handleName() != null && random.nextDouble() < 0.6) {
            handle(c, random);
        }
        if (c.payName() != null && random.nextDouble() < 0.6) {
            payment(c, currency, random);
        }
        if (c.url() != null && random.nextDouble() < 0.85) {
            String written = (random.nextDouble() < 0.3 ? "https://" : "") + c.url();
            lines.add(pick(Phrases.WEB_LINES, random).replace("{url}", written));
            // the canonical form (docs/identifiers.md): host without "www." plus path
            planted.add(new PlantedIdentifier(IdentifierType.URL, c.url().replaceFirst("^www\\.", ""), false, false));
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

    private void payment(Actor.Contacts c, String currency, SplittableRandom random) {
        String name = c.payName();
        String written = c.payApp().equals("cashapp")
                ? (random.nextBoolean() ? "$" + name : "cashapp $" + name)
                : (random.nextBoolean() ? "venmo: " + name : "venmo @" + name);
        String line = pick(Phrases.DEPOSIT, random).replace("{pay}", written).replace("{cur}", currency);
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
