package org.copydesk.base;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Reactions to another feature's events ({@code @ApplicationModuleListener}) run after the publishing transaction
 * commits, on a small executor of their own, so a slow or failing reaction never delays or undoes the action itself.
 *
 * <p>Its threads are few on purpose ({@code copydesk.events.listener-threads}, 2 by default): every reaction holds a
 * pooled database connection while it runs, and with Boot's shared executor (8 threads) fifty editors' saves let the
 * reactions take most of the pool's ten connections, so the saves themselves waited and some got 503. Under load the
 * reactions now lag behind, queued; they are durable meanwhile (the event publication registry hands them out again
 * after a crash). Spring MVC's asynchronous requests (streamed exports) keep Boot's own executor.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration implements AsyncConfigurer, DisposableBean {

    private final ThreadPoolTaskExecutor listeners = new ThreadPoolTaskExecutor();

    AsyncConfiguration(@Value("${copydesk.events.listener-threads:2}") int threads) {
        listeners.setCorePoolSize(threads);
        listeners.setMaxPoolSize(threads);
        listeners.setThreadNamePrefix("listener-");
        listeners.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return listeners;
    }

    @Override
    public void destroy() {
        listeners.shutdown();
    }
}
