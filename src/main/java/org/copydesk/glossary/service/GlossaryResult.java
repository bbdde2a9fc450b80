package org.copydesk.glossary.service;

import org.copydesk.glossary.GlossaryEntry;

/** The outcome of adding a term. */
public sealed interface GlossaryResult {

    record Added(GlossaryEntry entry) implements GlossaryResult {}

    record Invalid(String reason) implements GlossaryResult {}
}
