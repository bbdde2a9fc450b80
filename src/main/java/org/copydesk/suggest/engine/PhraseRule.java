package org.copydesk.suggest.engine;

/**
 * A phrase and what should stand instead: an entry of the spinner table, a learned fix or a glossary term.
 *
 * @param from the phrase as it appears (matched case-insensitively, whole words)
 * @param to its replacement
 * @param reason shown to the editor
 */
public record PhraseRule(String from, String to, Confidence confidence, String reason) {}
