package org.palermo.app.ads;

import java.util.List;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.security.Actor;
import org.palermo.app.web.NotFoundException;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.palermo.app.review.Labels;

/** Searches and shows ads. Every read of ads is personal data, so each one is written to the audit log first. */
class AdReads {

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

    Page<AdSummary> search(AdFilter filter, Paging paging, Actor actor, String reason) {
        List<AdSummary> fetched = ads.search(filter, paging.offset(), paging.size() + 1);
        Page<AdSummary> page = Page.of(fetched, paging.page(), paging.size());
        audit.append(actor.describe(), "ads.search", filter.describe() + " page " + paging.page() + " -> "
                + page.items().size() + " ads " + IdRanges.of(page.items().stream().map(AdSummary::id).toList()),
                reason);
        return page;
    }

    AdDetail detail(long id, Actor actor, String reason) {
        StoredAd ad = ads.find(id).orElseThrow(() -> new NotFoundException("ad " + id));
        AdDetail.Screening screening = analyses.verdict(id)
                .map(v -> new AdDetail.Screening(v.verdict().risk(), v.verdict().band(), v.verdict().categories(),
                        v.verdict().indicators(), v.verdict().rulebookVersion(), v.verdict().calibrationVersion(),
                        v.screenedAt()))
                .orElse(null);
        List<AdDetail.IdentifierView> identifiers =
                analyses.identifiers(id).stream().map(AdDetail.IdentifierView::of).toList();
        AdDetail detail = new AdDetail(ad, screening, identifiers, analyses.link(id).orElse(null), labels(id));
        audit.append(actor.describe(), "ads.read", "ad " + id, reason);
        return detail;
    }

    private List<AdDetail.LabelView> labels(long adId) {
        return labels.of(Labels.Subject.AD, Long.toString(adId)).stream()
                .map(l -> new AdDetail.LabelView(l.id(), l.label().name(), l.reason(), l.username(), l.labelledAt()))
                .toList();
    }
}
