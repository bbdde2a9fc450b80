package org.copydesk.search.service;

import java.time.Duration;

final class Budgets {

    private Budgets() {}

    static String exceeded(Duration budget) {
        return "The search took longer than its time budget of " + budget.toMillis() / 1000.0
                + " s and was stopped. Narrow it with filters (an article, a status, a date range) or a more"
                + " specific pattern.";
    }
}
