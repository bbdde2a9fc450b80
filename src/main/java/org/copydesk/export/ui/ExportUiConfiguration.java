package org.copydesk.export.ui;

import org.copydesk.base.ui.SelectionAction;
import org.copydesk.export.service.ExportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Offers "Export selected…" in the article list, which must not depend on this feature. */
@Configuration(proxyBeanMethods = false)
class ExportUiConfiguration {

    @Bean
    SelectionAction exportSelectedArticles(ExportService exports) {
        return new SelectionAction() {
            @Override
            public String labelKey() {
                return "export.selected";
            }

            @Override
            public void run(java.util.List<Long> selectedIds) {
                ExportDialog.open(exports, selectedIds);
            }
        };
    }
}
