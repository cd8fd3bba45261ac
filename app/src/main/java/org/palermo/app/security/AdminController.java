package org.palermo.app.security;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.NotFoundException;
import org.palermo.app.web.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and API tokens, for administrators; and who am I, for everyone signed in. */
@RestController
class AdminController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final SecuritySettings settings;

    AdminController(Accounts accounts, ApiTokens tokens, AuditLog audit, TransactionTemplate transactions,
            SecuritySettings settings) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
    }

    record NewUser(String username, String password, String role) {}

    record UserView(long id, String username, Role role) {}

    /** @param lifetimeDays days until it expires; the configured default when absent */
    record NewToken(String username, String name, List<String> scopes, Integer lifetimeDays) {}

    record SessionView(String username, List<String> authorities) {}

    @Operation(summary = "Who am I: the signed-in account or token, with its role and scopes")
    @GetMapping("/api/v1/session")
    @PreAuthorize(Access.SIGNED_IN)
    SessionView session(Authentication caller) {
        return new SessionView(Actor.of(caller).describe(),
                caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
    }

    @Operation(summary = "Create an account")
    @PostMapping("/api/v1/admin/users")
    @PreAuthorize(Access.ADMINISTER)
    ResponseEntity<UserView> createUser(@RequestBody NewUser request, Authentication caller) {
        Role role = parseRole(request.role());
        Account account = transactions.execute(status -> {
            Account created = accounts.create(request.username(), request.password(), role);
            audit.append(Actor.of(caller).describe(), "users.create",
                    "user " + created.username() + " role " + created.role(), null);
            return created;
        });
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + account.id()))
                .body(new UserView(account.id(), account.username(), account.role()));
    }

    @Operation(summary = "Issue an API token for an account; the secret is in this response only")
    @PostMapping("/api/v1/admin/tokens")
    @PreAuthorize(Access.ADMINISTER)
    ResponseEntity<IssuedToken> issueToken(@RequestBody NewToken request, Authentication caller) {
        List<Violation> violations = new ArrayList<>();
        Set<Scope> scopes = scopes(request.scopes(), violations);
        Account owner = request.username() == null ? null : accounts.find(request.username()).orElse(null);
        if (owner == null) {
            violations.add(new Violation("/username", "no such account"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Duration lifetime = request.lifetimeDays() == null ? settings.token().defaultLifetime()
                : ApiTokens.checkLifetime(Duration.ofDays(request.lifetimeDays()), settings.token().maxLifetime());
        IssuedToken token = transactions.execute(status -> {
            IssuedToken issued = tokens.issue(owner, request.name(), scopes, lifetime);
            audit.append(Actor.of(caller).describe(), "tokens.issue", "token " + issued.id() + " for user "
                    + owner.username() + " scopes " + Scope.codes(scopes), null);
            return issued;
        });
        return ResponseEntity.created(URI.create("/api/v1/admin/tokens/" + token.id())).body(token);
    }

    @Operation(summary = "Revoke an API token")
    @DeleteMapping("/api/v1/admin/tokens/{id}")
    @PreAuthorize(Access.ADMINISTER)
    ResponseEntity<Void> revokeToken(@PathVariable long id, Authentication caller) {
        boolean revoked = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean done = tokens.revoke(id);
            if (done) {
                audit.append(Actor.of(caller).describe(), "tokens.revoke", "token " + id, null);
            }
            return done;
        }));
        if (!revoked) {
            throw new NotFoundException("active token " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static Role parseRole(String role) {
        try {
            return role == null ? null : Role.valueOf(role.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("/role", "must be one of " + List.of(Role.values()));
        }
    }

    private static Set<Scope> scopes(List<String> codes, List<Violation> violations) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (codes == null || codes.isEmpty()) {
            violations.add(new Violation("/scopes", "at least one of " + List.of(Scope.values())));
            return scopes;
        }
        for (String code : codes) {
            try {
                scopes.add(Scope.ofCode(code));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("/scopes", e.getMessage()));
            }
        }
        return scopes;
    }
}
