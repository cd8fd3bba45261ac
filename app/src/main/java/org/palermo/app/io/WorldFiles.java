package org.palermo.app.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.palermo.core.ads.Ad;
import org.palermo.core.world.AdTruth;
import org.palermo.core.world.CaseRecord;
import org.palermo.core.world.PlantedIdentifier;
import org.palermo.core.world.Tip;
import org.palermo.core.world.WorldSink;

/**
 * Writes a generated world as four JSON Lines files: ads.jsonl (the input contract of docs/ARCHITECTURE.md),
 * truth.jsonl, tips.jsonl and people.jsonl, with Jackson's streaming generator over large buffers.
 */
public final class WorldFiles implements WorldSink, AutoCloseable {

    public static final String ADS = "ads.jsonl";
    public static final String TRUTH = "truth.jsonl";
    public static final String TIPS = "tips.jsonl";
    public static final String PEOPLE = "people.jsonl";
    private static final int BUFFER_BYTES = 1 << 20;

    private final JsonGenerator ads;
    private final JsonGenerator truth;
    private final JsonGenerator tips;
    private final JsonGenerator people;

    public WorldFiles(Path directory) throws IOException {
        Files.createDirectories(directory);
        JsonFactory factory = JsonFactory.builder().build();
        this.ads = open(factory, directory.resolve(ADS));
        this.truth = open(factory, directory.resolve(TRUTH));
        this.tips = open(factory, directory.resolve(TIPS));
        this.people = open(factory, directory.resolve(PEOPLE));
    }

    private static JsonGenerator open(JsonFactory factory, Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
        JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
        generator.setRootValueSeparator(null);
        return generator;
    }

    @Override
    public void ad(Ad ad, AdTruth adTruth) {
        try {
            writeAd(ad);
            writeTruth(adTruth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeAd(Ad ad) throws IOException {
        JsonGenerator g = ads;
        g.writeStartObject();
        g.writeStringField("id", ad.id());
        g.writeStringField("title", ad.title());
        g.writeStringField("body", ad.body());
        g.writeStringField("posted_at", DateTimeFormatter.ISO_INSTANT.format(ad.postedAt()));
        g.writeStringField("city", ad.city());
        g.writeStringField("region", ad.region());
        g.writeStringField("country", ad.country());
        g.writeStringField("site", ad.site());
        g.writeStringField("url", ad.url());
        if (ad.price() == null) {
            g.writeNullField("price");
        } else {
            g.writeNumberField("price", ad.price().intValue());
        }
        g.writeArrayFieldStart("images");
        for (String image : ad.images()) {
            g.writeString(image);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private void writeTruth(AdTruth t) throws IOException {
        JsonGenerator g = truth;
        g.writeStartObject();
        g.writeStringField("id", t.adId());
        g.writeStringField("actor", t.actorId());
        g.writeStringField("kind", t.kind().code());
        g.writeStringField("network", t.networkId());
        g.writeStringField("victim", t.victimId());
        g.writeBooleanField("minor", t.minor());
        g.writeStringField("template", t.templateId());
        g.writeArrayFieldStart("identifiers");
        for (PlantedIdentifier identifier : t.identifiers()) {
            g.writeStartObject();
            g.writeStringField("type", identifier.type().code());
            g.writeStringField("value", identifier.value());
            g.writeBooleanField("obfuscated", identifier.obfuscated());
            g.writeBooleanField("hub", identifier.hub());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    @Override
    public void tip(Tip tip) {
        try {
            JsonGenerator g = tips;
            g.writeStartObject();
            g.writeStringField("id", tip.id());
            g.writeStringField("received_at", DateTimeFormatter.ISO_INSTANT.format(tip.receivedAt()));
            g.writeStringField("channel", tip.channel());
            g.writeStringField("text", tip.text());
            g.writeStringField("truth_network", tip.truthNetwork());
            g.writeStringField("truth_actor", tip.truthActor());
            g.writeStringField("truth_kind", tip.truthKind() == null ? null : tip.truthKind().code());
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void person(CaseRecord p) {
        try {
            JsonGenerator g = people;
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeStringField("truth_victim", p.victimId());
            g.writeStringField("truth_network", p.network());
            g.writeStringField("truth_kind", p.truthKind().code());
            g.writeBooleanField("truth_trafficked", p.trafficked());
            g.writeNumberField("age", p.age());
            g.writeBooleanField("minor", p.minor());
            g.writeStringField("gender", p.gender());
            g.writeStringField("nationality", p.nationality());
            g.writeStringField("city", p.city());
            g.writeStringField("country", p.country());
            g.writeStringField("recruitment", p.recruitment());
            g.writeArrayFieldStart("control_means");
            for (String means : p.controlMeans()) {
                g.writeString(means);
            }
            g.writeEndArray();
            g.writeStringField("first_responder", p.firstResponder());
            g.writeBooleanField("consent_required", p.consentRequired());
            g.writeBooleanField("consent_to_referral", p.consentToReferral());
            g.writeArrayFieldStart("needs");
            for (String need : p.needs()) {
                g.writeString(need);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (JsonGenerator generator : new JsonGenerator[] {ads, truth, tips, people}) {
            try {
                generator.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
