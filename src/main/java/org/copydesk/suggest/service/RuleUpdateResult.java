package org.copydesk.suggest.service;

/** The outcome of an admin's change to a learned rule. */
public sealed interface RuleUpdateResult {

    record Updated(LearnedRuleView rule) implements RuleUpdateResult {}

    record NotFound(long id) implements RuleUpdateResult {}

    record Invalid(String reason) implements RuleUpdateResult {}
}
