package org.copydesk.editing.service;

import java.util.Optional;
import java.util.function.Consumer;
import org.copydesk.base.events.ClusterBus;
import org.copydesk.editing.ParagraphRevised;
import org.copydesk.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Tells everyone who has an article open, on every node, about new revisions and who is working on which paragraph.
 * A revision is announced in the saving transaction, so the message leaves only if the save commits.
 */
@Service
public class ParagraphActivityService {

    static final String CHANNEL = "copydesk_paragraph_activity";

    private final ClusterBus bus;

    ParagraphActivityService(ClusterBus bus) {
        this.bus = bus;
    }

    /** Announces that the signed-in account started or stopped working on a paragraph, from one browser window. */
    @PreAuthorize("isAuthenticated()")
    public void announcePresence(long articleId, long paragraphId, String window, boolean editing) {
        bus.publish(
                CHANNEL,
                ActivityMessages.encode(new ParagraphActivity.Presence(
                        articleId, paragraphId, CurrentUser.username(), window, editing)));
    }

    /** Calls {@code listener} with the activity on the article's paragraphs until the subscription is closed. */
    @PreAuthorize("isAuthenticated()")
    public ClusterBus.Subscription follow(long articleId, Consumer<ParagraphActivity> listener) {
        return bus.subscribe(CHANNEL, payload -> {
            Optional<ParagraphActivity> activity = ActivityMessages.decode(payload);
            activity.filter(a -> a.articleId() == articleId).ifPresent(listener);
        });
    }

    @EventListener
    void on(ParagraphRevised event) {
        bus.publish(
                CHANNEL,
                ActivityMessages.encode(new ParagraphActivity.Revised(
                        event.articleId(), event.paragraphId(), event.revision(), event.author())));
    }
}
