package org.palermo.app.cli;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.palermo.app.security.OidcEnrolment;
import org.palermo.app.security.OidcLink;
import org.palermo.app.security.OidcLinks;
import org.palermo.app.security.Role;
import org.palermo.app.web.InvalidRequestException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code palermo admin link-oidc}: who may sign in through the OpenID provider, and as which account. */
@Command(name = "link-oidc", mixinStandardHelpOptions = true,
        description = "Link an OpenID Connect identity (a subject, or a verified e-mail address) to an account; with "
                + "--role, create the account first, for OpenID Connect login only. See docs/server.md.")
final class LinkOidcCommand implements Callable<Integer> {

    static final String ISSUER_VARIABLE = "PALERMO_SECURITY_OIDC_ISSUER_URI";

    @Option(names = "--username", required = true, description = "The Palermo account.")
    String username;

    @Option(names = "--role", description = "Create the account with this role if it does not exist: "
            + "${COMPLETION-CANDIDATES}.")
    Role role;

    @Option(names = "--issuer", description = "The provider's issuer URI (default: $" + ISSUER_VARIABLE + ").")
    String issuer;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Identity identity;

    static final class Identity {
        @Option(names = "--subject", required = true, description = "The person's 'sub' at the provider.")
        String subject;

        @Option(names = "--email", required = true,
                description = "An e-mail address the provider marks verified; bound to the subject of its first login.")
        String email;
    }

    @Override
    public Integer call() {
        String chosenIssuer = issuer != null ? issuer : System.getenv(ISSUER_VARIABLE);
        AdminCommand.Store store = AdminCommand.Store.open();
        OidcEnrolment enrolment = new OidcEnrolment(store.accounts(), new OidcLinks(store.jdbc(), Clock.systemUTC()),
                store.audit(), new SecureRandom());
        try {
            OidcLink link = store.transactions().execute(status -> enrolment.enrol(AdminCommand.cliActor().describe(),
                    username, role, chosenIssuer, identity.subject, identity.email, "palermo admin link-oidc"));
            System.out.println("linked account " + link.username() + " to "
                    + (link.subject() != null ? "subject " + link.subject() : "verified e-mail " + link.email())
                    + " at " + link.issuer() + " (link " + link.id() + ")");
            return 0;
        } catch (InvalidRequestException e) {
            e.violations().forEach(v -> System.err.println("palermo admin: " + v.pointer() + " " + v.message()));
            return 2;
        }
    }
}
