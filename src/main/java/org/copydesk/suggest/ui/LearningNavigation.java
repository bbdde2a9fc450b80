package org.copydesk.suggest.ui;

import java.util.Set;
import org.copydesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The link to teaching from reference pairs in the top bar, for admins. */
@Configuration(proxyBeanMethods = false)
class LearningNavigation {

    @Bean
    NavigationEntry learningNavigationEntry() {
        return new NavigationEntry("learning.nav", LearningView.class, 55, Set.of("ADMIN"));
    }
}
