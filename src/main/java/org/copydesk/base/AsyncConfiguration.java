package org.copydesk.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Reactions to another feature's events ({@code @ApplicationModuleListener}) run after the publishing transaction
 * commits, on Boot's task executor, so a slow or failing reaction never delays or undoes the action itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
