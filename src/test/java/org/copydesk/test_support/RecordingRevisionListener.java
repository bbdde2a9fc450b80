package org.copydesk.test_support;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copydesk.editing.ParagraphRevised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A reaction to saves as another feature would write one, part of the shared test context (component scanning
 * finds it on the test class path). It can be told to fail once, like a listener whose database call breaks.
 */
@Component
public class RecordingRevisionListener {

    private final BlockingQueue<ParagraphRevised> seen = new LinkedBlockingQueue<>();
    private final AtomicBoolean failNext = new AtomicBoolean();

    @ApplicationModuleListener
    void on(ParagraphRevised event) {
        if (failNext.compareAndSet(true, false)) {
            throw new IllegalStateException("this listener fails once, on purpose");
        }
        seen.add(event);
    }

    public BlockingQueue<ParagraphRevised> seen() {
        return seen;
    }

    public void failOnce() {
        failNext.set(true);
    }
}
