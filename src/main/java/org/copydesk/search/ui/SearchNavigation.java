package org.copydesk.search.ui;

import java.util.Set;
import org.copydesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the search screen in the top bar, for every signed-in account. */
@Configuration(proxyBeanMethods = false)
class SearchNavigation {

    @Bean
    NavigationEntry searchNavigationEntry() {
        return new NavigationEntry("nav.search", SearchView.class, 50, Set.of());
    }
}
