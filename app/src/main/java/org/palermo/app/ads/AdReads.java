package org.palermo.app.ads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.privacy.Masking;
import org.palermo.app.review.Labels;
import org.palermo.app.security.Actor;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.NotFoundException;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.palermo.core.identifiers.Identifier;

/**
 * Searches and shows ads. Every read of ads is personal data, so each one is written to the audit log first.
 * Phones, emails, handles and names come masked ({@link AdMasking}); {@link #reveal} shows them in clear to a
 * person who states why, and audits which identifiers of which ad were revealed.
 */
public class AdReads {

    /** The shortest reason accepted for revealing personal data. */
    public static final int MIN_REVEAL_REASON = 10;
    static final int MAX_REVEAL_REASON = 1000;

    private final AdsJdbcRepository ads;
    private final AnalysesJdbcRepository analyses;
    private final Labels labels;
    private final AuditLog audit;

    AdReads(AdsJdbcRepository ads, AnalysesJdbcRepository analyses, Labels labels, AuditLog audit) {
        this.ads = ads;
        this.analyses = analyses;
        this.labels = labels;
        this.audit = audit;
    }

    /** One page of ads matching the filter, titles masked. */
    public Page<AdSummary> search(AdFilter filter, Paging paging, Actor actor, String reason) {
        List<AdSummary> fetched = ads.search(filter, paging.offset(), paging.size() + 1);
        Map<Long, List<Identifier>> identifiers = analyses.identifiers(fetched.stream().map(AdSummary::id).toList());
        List<AdSummary> masked = fetched.stream()
                .map(s -> AdMasking.mask(s, identifiers.getOrDefault(s.id(), List.of()))).toList();
        Page<AdSummary> page = Page.of(masked, paging.page(), paging.size());
        audit.append(actor.describe(), "ads.search", filter.describe() + " page " + paging.page() + " -> "
                + page.items().size() + " ads " + IdRanges.of(page.items().stream().map(AdSummary::id).toList()),
                reason);
        return page;
    }

    /**
     * One page of the review queue: unlabelled ads by risk, each with its explanation, identifiers and network,
     * masked. One audit record for the page.
     */
    public Page<AdDetail> queue(Paging paging, Actor actor) {
        List<AdSummary> fetched = ads.unlabelledByRisk(paging.offset(), paging.size() + 1);
        List<AdDetail> details = fetched.stream().map(s -> {
            Found found = find(s.id());
            return AdMasking.mask(found.detail(), found.identifiers());
        }).toList();
        Page<AdDetail> page = Page.of(details, paging.page(), paging.size());
        audit.append(actor.describe(), "ads.queue", "unlabelled by risk page " + paging.page() + " -> "
                + page.items().size() + " ads " + IdRanges.of(page.items().stream().map(d -> d.ad().id()).toList()),
                null);
        return page;
    }

    /** The ad with personal data masked. */
    public AdDetail detail(long id, Actor actor, String reason) {
        Found found = find(id);
        audit.append(actor.describe(), "ads.read", "ad " + id, reason);
        return AdMasking.mask(found.detail(), found.identifiers());
    }

    /**
     * The ad with personal data in clear, for this answer only. The reason is required (at least
     * {@value #MIN_REVEAL_REASON} characters); the audit record names the ad and the revealed identifiers (masked,
     * so the audit log itself holds no contact details).
     */
    public AdDetail reveal(long id, Actor actor, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REVEAL_REASON || why.length() > MAX_REVEAL_REASON) {
            throw InvalidRequestException.of("/reason", "say why you reveal this ad's personal data ("
                    + MIN_REVEAL_REASON + " to " + MAX_REVEAL_REASON + " characters)");
        }
        Found found = find(id);
        audit.append(actor.describe(), "ads.reveal", "ad " + id + " revealed " + revealed(found), why);
        return found.detail();
    }

    private static String revealed(Found found) {
        List<String> what = new ArrayList<>();
        for (Identifier identifier : found.identifiers()) {
            String type = identifier.type().code();
            if (Masking.personal(type)) {
                what.add(type + ":" + Masking.value(type, identifier.value()));
            }
        }
        String text = AdMasking.text(found.detail().ad().title(), found.detail().ad().body());
        int names = Masking.names(text).size();
        if (names > 0) {
            what.add(names + " name(s)");
        }
        return what.isEmpty() ? "(no personal identifiers)" : String.join(", ", what);
    }

    private record Found(AdDetail detail, List<Identifier> identifiers) {}

    private Found find(long id) {
        StoredAd ad = ads.find(id).orElseThrow(() -> new NotFoundException("ad " + id));
        AdDetail.Screening screening = analyses.verdict(id)
                .map(v -> new AdDetail.Screening(v.verdict().risk(), v.verdict().band(), v.verdict().categories(),
                        v.verdict().indicators(), v.verdict().rulebookVersion(), v.verdict().calibrationVersion(),
                        v.screenedAt()))
                .orElse(null);
        List<Identifier> identifiers = analyses.identifiers(id);
        List<AdDetail.IdentifierView> views = identifiers.stream().map(AdDetail.IdentifierView::of).toList();
        AdDetail detail = new AdDetail(ad, screening, views, analyses.link(id).orElse(null), labels(id), false);
        return new Found(detail, identifiers);
    }

    private List<AdDetail.LabelView> labels(long adId) {
        return labels.of(Labels.Subject.AD, Long.toString(adId)).stream()
                .map(l -> new AdDetail.LabelView(l.id(), l.label().name(), l.reason(), l.username(), l.labelledAt()))
                .toList();
    }
}
