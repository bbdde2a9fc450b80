package org.copydesk.review.ui;

import java.util.Set;
import org.copydesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review queue's link in the top bar, for reviewers and admins. */
@Configuration(proxyBeanMethods = false)
class ReviewNavigation {

    @Bean
    NavigationEntry reviewQueueLink() {
        return new NavigationEntry("nav.review-queue", ReviewQueueView.class, 10, Set.of("REVIEWER", "ADMIN"));
    }
}
