package org.copydesk.editing.ui;

import org.copydesk.editing.service.DraftService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionRestoreService;
import org.springframework.stereotype.Component;

/** The services a paragraph editor calls, in one bean so that a screen with many editors passes one reference. */
@Component
public record EditorServices(ParagraphEditingService editing, DraftService drafts, RevisionRestoreService restore) {}
