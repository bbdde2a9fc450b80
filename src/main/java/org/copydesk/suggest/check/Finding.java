package org.copydesk.suggest.check;

/** A check's result on corrected text: {@code [start, end)} in UTF-16 offsets of the corrected text. */
public record Finding(Severity severity, String check, int start, int end, String message) {}
