package org.palermo.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.ApiSettings;
import org.palermo.app.web.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Auditors read the audit log, oldest first, in pages keyed by sequence number. Reading it is audited too. */
@RestController
class AuditController {

    private final AuditLog audit;
    private final ApiSettings settings;

    AuditController(AuditLog audit, ApiSettings settings) {
        this.audit = audit;
        this.settings = settings;
    }

    /** @param next the {@code after} value for the next page, or null at the end */
    record AuditPage(List<AuditRecord> records, Long next) {}

    @Operation(summary = "Read the audit log after a sequence number")
    @GetMapping("/api/v1/audit")
    @PreAuthorize(Access.AUDIT)
    AuditPage read(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int size,
            Authentication caller, @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        if (after < 0 || size < 1 || size > settings.maxPageSize()) {
            throw InvalidRequestException.of("size", "after must be >= 0 and size between 1 and "
                    + settings.maxPageSize());
        }
        List<AuditRecord> records = audit.page(after, size + 1);
        boolean more = records.size() > size;
        List<AuditRecord> page = more ? records.subList(0, size) : records;
        audit.append(Actor.of(caller).describe(), "audit.read", "records after " + after + " (" + page.size() + ")",
                reason);
        return new AuditPage(List.copyOf(page), more ? page.get(page.size() - 1).seq() : null);
    }
}
