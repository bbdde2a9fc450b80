package org.copydesk.base;

import org.springframework.context.SmartLifecycle;

/**
 * Work that must be finished before the web server accepts its first request (demo accounts, seed articles), so
 * that a client that sees the port open also finds the accounts and articles. Runs once, after every bean (and
 * every event listener) is ready, in a lifecycle phase before the web server's.
 */
public abstract class BeforeServingTask implements SmartLifecycle {

    private volatile boolean done;

    protected abstract void runBeforeServing();

    @Override
    public final void start() {
        if (!done) {
            runBeforeServing();
            done = true;
        }
    }

    @Override
    public final void stop() {}

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
