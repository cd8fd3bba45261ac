package org.palermo.app.review;

import org.palermo.app.audit.AuditLog;
import org.palermo.app.security.Actor;
import org.palermo.app.web.NotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Labels an ad or a network with a reason: the label and its audit record commit together. The API
 * ({@code LabelsController}) and the console's review queue both label through here.
 */
public class Labelling {

    private final Labels labels;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    public Labelling(Labels labels, AuditLog audit, TransactionTemplate transactions) {
        this.labels = labels;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Labels an existing ad; the reason is trimmed and must not be blank. */
    public Labels.Labelled labelAd(long adId, Label label, String reason, Actor actor) {
        if (!labels.adExists(adId)) {
            throw new NotFoundException("ad " + adId);
        }
        return label(Labels.Subject.AD, Long.toString(adId), label, reason, actor);
    }

    public Labels.Labelled label(Labels.Subject subject, String id, Label label, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a label needs a reason");
        }
        String why = reason.trim();
        return transactions.execute(status -> {
            Labels.Labelled l = labels.add(subject, id, label, why, actor.username());
            audit.append(actor.describe(), "labels.create",
                    subject.name().toLowerCase() + " " + id + " labelled " + label + " (label " + l.id() + ")", why);
            return l;
        });
    }
}
