package org.copydesk.article.service;

import java.util.Locale;
import org.copydesk.article.ArticleStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the article list shows: optionally one status, optionally articles whose title contains some text
 * (case-insensitive), in one order.
 */
public record ArticleListQuery(
        @Nullable ArticleStatus status,
        @Nullable String titleContains,
        @Nullable Order order) {

    /**
     * Most recently active first; by status (new, in progress, in review, approved), then activity; by title; most
     * spin residue first (articles not yet measured last).
     */
    public enum Order {
        ACTIVITY,
        STATUS,
        TITLE,
        RESIDUE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final ArticleListQuery ALL = new ArticleListQuery(null, null, Order.ACTIVITY);

    public ArticleListQuery {
        if (titleContains != null && titleContains.isBlank()) {
            titleContains = null;
        }
        if (order == null) {
            order = Order.ACTIVITY;
        }
    }
}
