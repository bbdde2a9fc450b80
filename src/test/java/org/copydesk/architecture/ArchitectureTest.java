package org.copydesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The package rules of house-style.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final String[] SCREENS = {"org.copydesk..ui..", "org.copydesk.workspace.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.copydesk");
    }

    @Test
    void features_depend_on_each_other_in_one_direction_only() {
        slices().matching("org.copydesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("org.copydesk.base..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.copydesk..").and(resideOutsideOfPackage("org.copydesk.base..")))
                .check(classes);
    }

    @Test
    void a_features_domain_is_used_by_that_feature_only() {
        noClasses()
                .should(new ArchCondition<JavaClass>("depend on another feature's domain package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = feature(origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            if (target.matches("org\\.copydesk\\.[a-z_]+\\.domain(\\..*)?")
                                    && !feature(target).equals(from)) {
                                events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    private static String feature(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    @Test
    void views_never_touch_a_repository_or_an_entity() {
        noClasses()
                .that()
                .resideInAnyPackage(SCREENS)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void the_rest_api_talks_to_services_not_repositories() {
        noClasses()
                .that()
                .resideInAPackage("org.copydesk..api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void the_readers_are_plain_java() {
        noClasses()
                .that()
                .resideInAPackage("org.copydesk.article.reader..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void search_matching_is_plain_java() {
        noClasses()
                .that()
                .resideInAPackage("org.copydesk.search.matching..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void suggestion_sources_learning_and_checks_are_plain_java() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.copydesk.suggest.engine..",
                        "org.copydesk.suggest.learning..",
                        "org.copydesk.suggest.check..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void user_patterns_run_on_re2j_never_on_the_backtracking_java_regex_engine_outside_search_matching() {
        noClasses()
                .that()
                .resideInAPackage("org.copydesk.search..")
                .and()
                .resideOutsideOfPackage("org.copydesk.search.matching..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.regex.Pattern")
                .check(classes);
    }

    /** Of the editing feature the writers may use only its plain-Java word diff, the project's one tokeniser. */
    @Test
    void the_export_writers_are_plain_java_over_their_own_read_model() {
        noClasses()
                .that()
                .resideInAPackage("org.copydesk.export.writer..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "org.springframework..",
                                "jakarta.persistence..",
                                "com.vaadin..",
                                "org.hibernate..",
                                "org.copydesk.article..")
                        .or(resideInAPackage("org.copydesk.editing..")
                                .and(not(resideInAPackage("org.copydesk.editing.diff..")))))
                .check(classes);
    }

    @Test
    void the_diff_and_merge_are_plain_java() {
        noClasses()
                .that()
                .resideInAPackage("org.copydesk.editing.diff..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void no_feature_depends_on_the_workspace_which_composes_them() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.copydesk.workspace..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.copydesk.workspace..")
                .check(classes);
    }

    @Test
    void the_domain_knows_nothing_of_services_screens_or_the_web() {
        noClasses()
                .that()
                .resideInAPackage("org.copydesk..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.copydesk..service..", "org.copydesk..ui..", "org.copydesk..api..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void services_live_in_service_packages() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .resideInAPackage("org.copydesk..service..")
                .check(classes);
    }
}
