package org.copydesk.base.postgres;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no spring.datasource.url is configured: then Copydesk brings its own PostgreSQL. */
class DataSourceUrlAbsentCondition extends SpringBootCondition {

    static final String DATASOURCE_URL = "spring.datasource.url";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(DATASOURCE_URL))
                ? ConditionOutcome.noMatch(DATASOURCE_URL + " is set: using that database")
                : ConditionOutcome.match("no " + DATASOURCE_URL + ": starting the embedded PostgreSQL");
    }
}
