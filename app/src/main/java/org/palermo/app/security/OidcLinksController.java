package org.palermo.app.security;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators link OpenID Connect identities to accounts; see docs/server.md, "OpenID Connect login". */
@RestController
class OidcLinksController {

    private final OidcEnrolment enrolment;
    private final OidcLinks links;
    private final OidcSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    OidcLinksController(Accounts accounts, OidcLinks links, OidcSettings settings, AuditLog audit,
            TransactionTemplate transactions) {
        this.enrolment = new OidcEnrolment(accounts, links, audit, new SecureRandom());
        this.links = links;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * @param username the account; created for OpenID Connect login only (no usable password) when it does not
     *                 exist and {@code role} is given
     * @param issuer   the provider; the configured {@code palermo.security.oidc.issuer-uri} when absent
     * @param subject  the person's {@code sub} at the provider, or
     * @param email    an address the provider marks verified, bound to the subject of its first login
     */
    record NewLink(String username, String role, String issuer, String subject, String email) {}

    @Operation(summary = "Link an OpenID Connect identity to an account (creating an OIDC-only account with a role)")
    @PostMapping("/api/v1/admin/oidc-links")
    @PreAuthorize(Access.ADMINISTER)
    ResponseEntity<OidcLink> link(@RequestBody NewLink request, Authentication caller) {
        String issuer = request.issuer() != null && !request.issuer().isBlank() ? request.issuer()
                : settings.issuerUri();
        Role role = parseRole(request.role());
        OidcLink link = transactions.execute(status -> enrolment.enrol(Actor.of(caller).describe(),
                request.username(), role, issuer, request.subject(), request.email(), null));
        return ResponseEntity.created(URI.create("/api/v1/admin/oidc-links/" + link.id())).body(link);
    }

    @Operation(summary = "Remove an OpenID Connect link; the account stays")
    @DeleteMapping("/api/v1/admin/oidc-links/{id}")
    @PreAuthorize(Access.ADMINISTER)
    ResponseEntity<Void> unlink(@PathVariable long id, Authentication caller) {
        boolean removed = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean done = links.unlink(id);
            if (done) {
                audit.append(Actor.of(caller).describe(), "oidc.unlink", "oidc link " + id, null);
            }
            return done;
        }));
        if (!removed) {
            throw new NotFoundException("oidc link " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static Role parseRole(String role) {
        try {
            return role == null || role.isBlank() ? null : Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("/role", "must be one of " + List.of(Role.values()));
        }
    }
}
