package org.copydesk.suggest.service;

/**
 * A learned rule as admins see it.
 *
 * @param accepted times the change was made (in edits, reference pairs, or accepted in the workspace)
 * @param rejected times it was rejected in the workspace or its phrase was left unchanged where it applied
 * @param evidence distinct articles and reference pairs that made the change, plus workspace accepts
 * @param confidence {@code confident} or {@code possible}; retired rules are never proposed
 */
public record LearnedRuleView(
        long id,
        String from,
        String to,
        int accepted,
        int rejected,
        int evidence,
        boolean retired,
        String confidence) {}
