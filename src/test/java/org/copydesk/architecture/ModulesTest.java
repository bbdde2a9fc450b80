package org.copydesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.CopydeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith sees them: each top-level package a module that others may use only through its
 * own package and the named interfaces it declares (e.g. {@code article.service}), with no cycles between them.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CopydeskApplication.class);

    @Test
    void features_use_each_other_only_through_what_they_expose() {
        MODULES.verify();
    }

    /**
     * Writes the module diagrams and canvases into {@code target/modules}; {@code -Dmodules.docs=docs/modules}
     * writes them where they are committed (Documenter's line order varies between runs, so a normal test run
     * leaves the committed copy alone).
     */
    @Test
    void the_module_documentation_is_generated() throws Exception {
        var folder = Path.of(System.getProperty("modules.docs", "target/modules"));
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(folder.resolve("components.puml")).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.contains("article"));
        }
    }
}
