package org.palermo.app.ads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.privacy.Masking;
import org.palermo.core.identifiers.Identifier;

/**
 * Masks an ad for showing (privacy by default): the identifier spans the pipeline found and the names the text
 * introduces, in the title and body, in each identifier and in each indicator's quoted text. Offsets stay valid.
 */
final class AdMasking {

    private AdMasking() {}

    /** The ad's text as core's {@code Ad.text()} builds it: the title, a line break, then the body. */
    static String text(String title, String body) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        if (t.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? t : t + "\n" + b;
    }

    /** The personal spans of an ad's text: identifiers of masked types and introduced names. */
    static List<Masking.Span> spans(String text, List<Identifier> identifiers) {
        List<Masking.Span> spans = new ArrayList<>();
        for (Identifier id : identifiers) {
            Masking.Kind kind = Masking.Kind.ofType(id.type().code());
            if (kind != null && id.end() > id.start()) {
                spans.add(new Masking.Span(id.start(), id.end(), kind));
            }
        }
        spans.addAll(Masking.names(text));
        return spans;
    }

    static AdDetail mask(AdDetail detail, List<Identifier> identifiers) {
        StoredAd ad = detail.ad();
        String text = text(ad.title(), ad.body());
        String masked = Masking.text(text, spans(text, identifiers));
        StoredAd maskedAd = new StoredAd(ad.id(), ad.source(), ad.externalId(), part(ad.title(), ad.body(), masked, true),
                part(ad.title(), ad.body(), masked, false), ad.postedAt(), ad.city(), ad.region(), ad.country(),
                ad.site(), ad.url(), ad.price(), ad.images(), ad.ingestedAt());
        List<AdDetail.IdentifierView> ids = identifiers.stream().map(AdMasking::identifier).toList();
        return new AdDetail(maskedAd, screening(detail.screening(), masked), ids, detail.link(), detail.labels(),
                true);
    }

    /** A search result with the personal spans of its title masked. */
    static AdSummary mask(AdSummary summary, List<Identifier> identifiers) {
        if (summary.title() == null || summary.title().isEmpty()) {
            return summary;
        }
        String title = summary.title();
        List<Masking.Span> spans = spans(title, identifiers.stream().filter(i -> i.end() <= title.length()).toList());
        return new AdSummary(summary.id(), summary.source(), summary.externalId(), Masking.text(title, spans),
                summary.city(), summary.site(), summary.postedAt(), summary.risk(), summary.band());
    }

    private static AdDetail.IdentifierView identifier(Identifier id) {
        String type = id.type().code();
        Masking.Kind kind = Masking.Kind.ofType(type);
        String text = kind == null || id.text() == null ? id.text() : Masking.text(id.text(),
                List.of(new Masking.Span(0, id.text().length(), kind)));
        return new AdDetail.IdentifierView(type, Masking.value(type, id.value()), id.obfuscated(), text, id.start(),
                id.end());
    }

    /** The title (or body) part of the masked text; both keep their lengths, so the split is where it was. */
    private static String part(String title, String body, String masked, boolean wantTitle) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        if (t.isEmpty()) {
            return wantTitle ? title : masked;
        }
        if (b.isEmpty()) {
            return wantTitle ? masked : body;
        }
        return wantTitle ? masked.substring(0, t.length()) : masked.substring(t.length() + 1);
    }

    private static AdDetail.Screening screening(AdDetail.Screening screening, String maskedText) {
        if (screening == null || !(screening.indicators() instanceof ArrayNode indicators)) {
            return screening;
        }
        ArrayNode copy = indicators.deepCopy();
        for (JsonNode indicator : copy) {
            int start = indicator.path("start").asInt(0);
            int end = indicator.path("end").asInt(0);
            if (indicator instanceof ObjectNode object && indicator.has("text") && start < end
                    && end <= maskedText.length()) {
                object.put("text", maskedText.substring(start, end));
            }
        }
        return new AdDetail.Screening(screening.risk(), screening.band(), screening.categories(), copy,
                screening.rulebookVersion(), screening.calibrationVersion(), screening.screenedAt());
    }
}
