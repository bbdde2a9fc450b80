package org.copydesk.glossary.ui;

import java.util.Set;
import org.copydesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The glossary's link in the top bar, for admins. */
@Configuration(proxyBeanMethods = false)
class GlossaryNavigation {

    @Bean
    NavigationEntry glossaryNavigationEntry() {
        return new NavigationEntry("glossary.nav", GlossaryView.class, 50, Set.of("ADMIN"));
    }
}
