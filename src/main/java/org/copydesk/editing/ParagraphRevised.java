package org.copydesk.editing;

import java.time.Instant;

/** Published after a new revision of a paragraph's corrected text is stored. */
public record ParagraphRevised(long articleId, long paragraphId, int revision, String author, Instant at) {}
