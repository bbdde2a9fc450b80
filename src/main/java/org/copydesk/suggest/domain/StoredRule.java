package org.copydesk.suggest.domain;

/**
 * A learned rule with its evidence summed up.
 *
 * @param changed how often its phrase was changed as it says (all evidence)
 * @param kept how often its phrase was left as it was where it could have applied
 * @param documents how many distinct articles or reference pairs changed it
 */
public record StoredRule(
        long id,
        String from,
        String to,
        int accepted,
        int rejected,
        boolean retired,
        int changed,
        int kept,
        int documents) {}
