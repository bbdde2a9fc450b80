package org.copydesk.glossary;

import org.jspecify.annotations.Nullable;

/** One glossary term as other features see it; {@code replacement} is what a forbidden term should become. */
public record GlossaryEntry(
        long id,
        String term,
        GlossaryKind kind,
        @Nullable String replacement,
        @Nullable String note) {}
