package org.copydesk.suggest.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.copydesk.suggest.check.CheckInput;
import org.copydesk.suggest.check.LanguageToolCheck;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts LanguageTool in the background once the application is up (it takes seconds), never on a request thread. */
@Component
class LanguageToolHolder {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolHolder.class);

    private final CompletableFuture<LanguageToolCheck> ready = new CompletableFuture<>();

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofPlatform().name("copydesk-languagetool-warmup").daemon().start(() -> {
            try {
                long started = System.nanoTime();
                var check = new LanguageToolCheck();
                check.check(new CheckInput("", "This is a sentence to warm up the the checker.", java.util.List.of()));
                ready.complete(check);
                log.info("LanguageTool ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                log.warn("LanguageTool could not start; grammar and spelling are not checked: {}", e.toString());
                ready.completeExceptionally(e);
            }
        });
    }

    /** The check, waiting at most {@code seconds} for the warm-up; null when it is not ready by then. */
    @Nullable
    LanguageToolCheck await(long seconds) {
        try {
            return ready.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
