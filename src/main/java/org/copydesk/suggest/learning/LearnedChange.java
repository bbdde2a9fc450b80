package org.copydesk.suggest.learning;

/** A word-level substitution seen between a source text and its correction: {@code from} became {@code to}. */
public record LearnedChange(String from, String to) {}
