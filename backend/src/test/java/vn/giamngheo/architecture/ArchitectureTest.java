package vn.giamngheo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import io.quarkus.security.Authenticated;
import org.junit.jupiter.api.Test;

/** Package by feature, then layer (docs: ARCHITECTURE.md §3); these rules keep it so. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.giamngheo");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Rest").definedBy("vn.giamngheo..rest..")
                .layer("Service").definedBy("vn.giamngheo..service..")
                .layer("Mapping").definedBy("vn.giamngheo..mapping..")
                .layer("Persistence").definedBy("vn.giamngheo..persistence..")
                .layer("Api").definedBy("vn.giamngheo..api..")
                .layer("Domain").definedBy("vn.giamngheo..domain..")
                .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Rest", "Service")
                .whereLayer("Mapping").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service", "Mapping", "Persistence")
                .check(CLASSES);
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("vn.giamngheo..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..",
                        "jakarta.enterprise..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void featuresNeverTouchEachOthersPersistence() {
        for (String feature : new String[] {"area", "household", "audit", "account", "classification", "review", "benefit", "partner", "transfer", "monitoring"}) {
            noClasses().that().resideOutsideOfPackage("vn.giamngheo." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("vn.giamngheo." + feature + ".persistence..")
                    .check(CLASSES);
        }
    }

    @Test
    void transactionsBelongToServices() {
        noMethods().that().areAnnotatedWith(Transactional.class)
                .should().beDeclaredInClassesThat().resideOutsideOfPackage("vn.giamngheo..service..")
                .check(CLASSES);
        noClasses().that().areAnnotatedWith(Transactional.class)
                .should().resideOutsideOfPackage("vn.giamngheo..service..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void everyResourceIsSecuredExplicitly() {
        classes().that().areAnnotatedWith(Path.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(Authenticated.class)
                .check(CLASSES);
    }

    @Test
    void resourcesLiveInRestPackages() {
        classes().that().areAnnotatedWith(Path.class).should().resideInAPackage("vn.giamngheo..rest..").check(CLASSES);
        methods().that().areAnnotatedWith(Path.class).should().beDeclaredInClassesThat().resideInAPackage("vn.giamngheo..rest..").check(CLASSES);
    }
}
