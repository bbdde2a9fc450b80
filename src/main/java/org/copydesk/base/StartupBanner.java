package org.copydesk.base;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says where to open Copydesk once it is ready (after the seed import), with the startup time, so a newcomer
 * running the README command knows what to click.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final String address;
    private final boolean demoAccounts;

    StartupBanner(
            @Value("${server.address:}") String address,
            @Value("${copydesk.demo-accounts.enabled:false}") boolean demoAccounts) {
        this.address = address;
        this.demoAccounts = demoAccounts;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
        String url = "http://" + host + ":" + web.getWebServer().getPort() + "/";
        log.info(
                "Copydesk is ready at {} (started in {} s{})",
                url,
                String.format(Locale.ROOT, "%.1f", event.getTimeTaken().toMillis() / 1000.0),
                demoAccounts ? "; sign in as editor/editor, editor2/editor2, reviewer/reviewer or admin/admin" : "");
    }
}
