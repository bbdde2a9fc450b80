package org.copydesk.audit.ui;

import java.util.Set;
import org.copydesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's link in the top bar, for admins. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditLogLink() {
        return new NavigationEntry("nav.audit", AuditLogView.class, 90, Set.of("ADMIN"));
    }
}
