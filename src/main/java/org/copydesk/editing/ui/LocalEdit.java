package org.copydesk.editing.ui;

/** Text typed but not saved yet, and the revision it was typed on. */
public record LocalEdit(String text, int baseRevision) {}
