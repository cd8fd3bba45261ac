package org.palermo.app.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.privacy.FreeTextMasking;
import org.palermo.app.security.Actor;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.NotFoundException;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.palermo.app.web.Violation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saved searches and their alerts, always those of one owner: another account's search or alert is "not found".
 * Saving and deleting a search are writes, audited in the same transaction; listing alerts names ads, so it is
 * audited as a read, and ad titles come masked.
 */
public class SavedSearches {

    /** The most saved searches one account may keep. */
    public static final int MAX_PER_OWNER = 100;
    static final int MAX_NAME = 100;

    /** A saved search with how many of its alerts are unseen. */
    public record View(long id, String name, SearchCriteria criteria, String description, Instant createdAt,
            int unseenAlerts) {}

    private final SavedSearchesJdbcRepository searches;
    private final AlertsJdbcRepository alerts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SavedSearches(SavedSearchesJdbcRepository searches, AlertsJdbcRepository alerts, AuditLog audit,
            TransactionTemplate transactions, Clock clock) {
        this.searches = searches;
        this.alerts = alerts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public View save(SearchForm form, Actor actor, String reason) {
        String owner = actor.username();
        String name = form.name();
        List<Violation> violations = new ArrayList<>();
        SearchCriteria criteria = form.criteria(violations);
        if (name == null || name.isBlank()) {
            violations.add(new Violation("/name", "must not be blank"));
        } else if (name.strip().length() > MAX_NAME) {
            violations.add(new Violation("/name", "must be at most " + MAX_NAME + " characters"));
        }
        if (criteria != null && criteria.isEmpty()) {
            violations.add(new Violation("/", "needs at least one filter (q, city, site, from, to, band or identifier)"));
        }
        if (criteria != null && criteria.from() != null && criteria.to() != null && !criteria.from().isBefore(criteria.to())) {
            violations.add(new Violation("/to", "must be after from"));
        }
        if (searches.count(owner) >= MAX_PER_OWNER) {
            violations.add(new Violation("/", "at most " + MAX_PER_OWNER + " saved searches per account"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = transactions.execute(status -> {
            long created = searches.insert(owner, name.strip(), criteria, now);
            audit.append(actor.describe(), "searches.save", "saved search " + created + " \"" + name.strip() + "\" "
                    + criteria.describe(), reason);
            return created;
        });
        return new View(id, name.strip(), criteria, criteria.describe(), now, 0);
    }

    public void delete(long id, Actor actor, String reason) {
        transactions.executeWithoutResult(status -> {
            if (!searches.delete(actor.username(), id)) {
                throw new NotFoundException("saved search " + id);
            }
            audit.append(actor.describe(), "searches.delete", "saved search " + id, reason);
        });
    }

    public View find(long id, Actor actor) {
        Map<Long, Integer> unseen = alerts.unseenBySearch(actor.username());
        return searches.find(actor.username(), id).map(s -> view(s, unseen))
                .orElseThrow(() -> new NotFoundException("saved search " + id));
    }

    public Page<View> list(Paging paging, Actor actor) {
        Map<Long, Integer> unseen = alerts.unseenBySearch(actor.username());
        List<View> fetched = searches.of(actor.username(), paging.offset(), paging.size() + 1).stream()
                .map(s -> view(s, unseen)).toList();
        return Page.of(fetched, paging.page(), paging.size());
    }

    /** The caller's alerts, newest first. */
    public Page<Alert> alerts(boolean unseenOnly, Long savedSearchId, Paging paging, Actor actor, String reason) {
        List<Alert> fetched = alerts.of(actor.username(), unseenOnly, savedSearchId, paging.offset(),
                paging.size() + 1).stream().map(SavedSearches::masked).toList();
        Page<Alert> page = Page.of(fetched, paging.page(), paging.size());
        audit.append(actor.describe(), "alerts.read", (unseenOnly ? "unseen " : "") + "alerts"
                + (savedSearchId == null ? "" : " of saved search " + savedSearchId) + " page " + paging.page()
                + " -> ads " + page.items().stream().map(Alert::adId).toList(), reason);
        return page;
    }

    public int unseenAlerts(Actor actor) {
        return alerts.unseen(actor.username());
    }

    public void markSeen(long alertId, Actor actor) {
        if (!alerts.markSeen(actor.username(), alertId, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new NotFoundException("alert " + alertId);
        }
    }

    public int markAllSeen(Actor actor) {
        return alerts.markAllSeen(actor.username(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Privacy by default: the ad title with names, phones and emails masked. */
    private static Alert masked(Alert a) {
        return new Alert(a.id(), a.savedSearchId(), a.searchName(), a.adId(), FreeTextMasking.mask(a.adTitle()),
                a.adCity(), a.adPostedAt(), a.band(), a.createdAt(), a.seenAt());
    }

    private static View view(SavedSearch s, Map<Long, Integer> unseen) {
        return new View(s.id(), s.name(), s.criteria(), s.criteria().describe(), s.createdAt(),
                unseen.getOrDefault(s.id(), 0));
    }
}
