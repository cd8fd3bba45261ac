package org.palermo.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * core holds the rules and algorithms that the CLI, the server and a Spark job all call; it must run anywhere,
 * so it depends on no framework (docs/ARCHITECTURE.md, STYLE.md rule 8).
 */
class CoreDependsOnNoFrameworkTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.palermo.core");

    @Test
    void coreImportsNoFrameworkOrPersistenceOrJsonLibrary() {
        noClasses().that().resideInAPackage("org.palermo.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "java.sql..", "javax.sql..",
                        "com.fasterxml.jackson..", "tools.jackson..", "org.apache.spark..", "picocli..",
                        "org.palermo.app..")
                .because("core is pure Java so that the CLI, the server and a Spark job share it unchanged")
                .check(CORE);
    }

    @Test
    void coreReadsNoClockOrRandomnessOfItsOwn() {
        noClasses().that().resideInAPackage("org.palermo.core..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Random.class)
                .because("time and randomness come in as arguments so that rules are deterministic (STYLE.md rule 10)")
                .check(CORE);
    }
}
