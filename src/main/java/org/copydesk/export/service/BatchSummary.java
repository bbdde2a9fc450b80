package org.copydesk.export.service;

/** What a batch put into its ZIP: files written, and articles or files left out (each listed in the manifest). */
public record BatchSummary(int articles, int files, int skipped) {}
