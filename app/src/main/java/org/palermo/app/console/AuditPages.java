package org.palermo.app.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.audit.AuditRecord;
import org.palermo.app.audit.AuditSearch;
import org.palermo.app.audit.AuditVerifier;
import org.palermo.app.io.AdJson;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' view of the audit log: records newest first, filtered by actor, action and dates, with the
 * result of verifying the hash chain when asked. Reading the log is itself audited ({@code audit.read}).
 */
@Controller
class AuditPages {

    static final int PAGE = 50;

    private final AuditSearch search;
    private final AuditVerifier verifier;
    private final AuditLog audit;

    AuditPages(JdbcClient jdbc, JdbcTemplate template, AuditLog audit) {
        this.search = new AuditSearch(jdbc);
        this.verifier = new AuditVerifier(template);
        this.audit = audit;
    }

    @GetMapping("/console/audit")
    @PreAuthorize(Access.AUDIT)
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "false") boolean verify,
            Model model, Authentication caller) {
        List<String> errors = new ArrayList<>();
        Instant fromInstant = instant("from", from, errors);
        Instant toInstant = instant("to", to, errors);
        AuditSearch.Filter filter = new AuditSearch.Filter(blankToNull(actor), blankToNull(action), fromInstant,
                toInstant);
        List<AuditRecord> fetched = errors.isEmpty() ? search.find(filter, before, PAGE + 1) : List.of();
        List<AuditRecord> records = fetched.size() > PAGE ? fetched.subList(0, PAGE) : fetched;
        audit.append(Actor.of(caller).describe(), "audit.read", "console: " + describe(filter)
                + (before == null ? "" : " before " + before) + " (" + records.size() + ")", null);
        model.addAttribute("records", records);
        model.addAttribute("next", fetched.size() > PAGE ? records.get(records.size() - 1).seq() : null);
        model.addAttribute("actions", search.actions());
        model.addAttribute("filter", new FormValues(nullToBlank(actor), nullToBlank(action), nullToBlank(from),
                nullToBlank(to)));
        model.addAttribute("errors", errors);
        model.addAttribute("verification", verify ? verifier.verify() : null);
        return "console/audit";
    }

    /** The filter as typed, to fill the form again. */
    record FormValues(String actor, String action, String from, String to) {}

    private static String describe(AuditSearch.Filter f) {
        StringBuilder out = new StringBuilder("audit view");
        if (f.actor() != null) {
            out.append(" actor=").append(f.actor());
        }
        if (f.action() != null) {
            out.append(" action=").append(f.action());
        }
        if (f.from() != null) {
            out.append(" from=").append(f.from());
        }
        if (f.to() != null) {
            out.append(" to=").append(f.to());
        }
        return out.toString();
    }

    private static Instant instant(String name, String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant = AdJson.parseInstant(text.trim());
        if (instant == null) {
            errors.add(name + ": must be a date (YYYY-MM-DD) or an ISO-8601 date-time");
        }
        return instant;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text;
    }
}
