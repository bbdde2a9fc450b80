package org.copydesk.article;

import java.util.Optional;

/** The four-eyes rule: nobody approves a paragraph whose latest revision they wrote. */
public final class FourEyes {

    public static final String REASON =
            "You wrote the latest revision of this paragraph; someone else must approve it (four eyes).";

    private FourEyes() {}

    /** Why {@code reviewer} may not approve text whose latest revision {@code latestAuthor} wrote; empty if they may. */
    public static Optional<String> refusal(String reviewer, String latestAuthor) {
        return reviewer.equals(latestAuthor) ? Optional.of(REASON) : Optional.empty();
    }
}
