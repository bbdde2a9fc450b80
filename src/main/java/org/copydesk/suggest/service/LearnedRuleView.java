package org.copydesk.suggest.service;

/**
 * A learned rule as admins see it.
 *
 * @param accepted times the change was made (in edits, reference pairs, or accepted in the workspace)
 * @param rejected times it was rejected in the workspace or its phrase was left unchanged where it applied
 * @param evidence distinct articles and reference pairs that made the change, plus workspace accepts
 * @param confidence {@code confident} or {@code possible}; only a {@code proposed} rule is offered as either
 * @param proposed offered as a suggestion: not retired, and made more often than refused
 * @param tableDemoted editors rejected the change often enough that the spinner table's same change is proposed as
 *     possible only (retiring the rule gives the table its say back)
 */
public record LearnedRuleView(
        long id,
        String from,
        String to,
        int accepted,
        int rejected,
        int evidence,
        boolean retired,
        String confidence,
        boolean proposed,
        boolean tableDemoted) {}
