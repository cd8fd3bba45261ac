package org.palermo.app.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.stereotype.Controller;

/**
 * Fails the build when a REST endpoint does not say who may call it: every request-handling method of a
 * {@code @RestController} or {@code @Controller} (the web console's pages) carries {@code @PreAuthorize} with a rule from {@link Access}. Without it, the endpoint
 * would be open to any signed-in account, partners included.
 */
class EveryEndpointDeclaresItsAuthorizationTest {

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.palermo.app");

    @Test
    void everyControllerMethodThatHandlesRequestsIsPreAuthorized() {
        ArchRule rule = methods()
                .that().areDeclaredInClassesThat().areMetaAnnotatedWith(Controller.class)
                .and().areAnnotatedWith(GetMapping.class)
                .or().areAnnotatedWith(PostMapping.class)
                .or().areAnnotatedWith(PutMapping.class)
                .or().areAnnotatedWith(PatchMapping.class)
                .or().areAnnotatedWith(DeleteMapping.class)
                .or().areAnnotatedWith(RequestMapping.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("every endpoint must declare who may call it (a rule from security.Access)");
        rule.check(app);
    }
}
