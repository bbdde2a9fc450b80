package org.copydesk.notification.ui;

import org.copydesk.base.ui.TopBarWidget;
import org.copydesk.notification.service.NotificationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the notification bell into the top bar. */
@Configuration(proxyBeanMethods = false)
class NotificationWidgets {

    @Bean
    TopBarWidget notificationBell(NotificationService notifications) {
        return () -> new NotificationBell(notifications);
    }
}
