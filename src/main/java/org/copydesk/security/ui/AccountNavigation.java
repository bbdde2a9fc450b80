package org.copydesk.security.ui;

import java.util.Set;
import org.copydesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Top-bar links: accounts for admins, your own account for everyone. */
@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavigationEntry accountsLink() {
        return new NavigationEntry("nav.accounts", AccountsView.class, 80, Set.of("ADMIN"));
    }

    @Bean
    NavigationEntry myAccountLink() {
        return new NavigationEntry("nav.my-account", MyAccountView.class, 95, Set.of());
    }
}
