package org.copydesk.review.service;

import java.time.Instant;

/** Who approved a paragraph, and when: the record a desk editor files with an export. */
public record Approval(String reviewer, Instant at) {}
