package org.copydesk.article.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.service.ArticleListQuery;
import org.jspecify.annotations.Nullable;

/** The list's filters in its address: {@code status}, {@code q} and {@code sort}; unknown values are ignored. */
final class ArticleListAddress {

    private ArticleListAddress() {}

    static ArticleListQuery read(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new ArticleListQuery(
                first(values, "status")
                        .flatMap(code -> named(ArticleStatus.class, code))
                        .orElse(null),
                first(values, "q").orElse(null),
                first(values, "sort")
                        .flatMap(code -> named(ArticleListQuery.Order.class, code))
                        .orElse(ArticleListQuery.Order.ACTIVITY));
    }

    static QueryParameters write(ArticleListQuery query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query.status() != null) {
            values.put("status", query.status().code());
        }
        if (query.titleContains() != null) {
            values.put("q", query.titleContains());
        }
        if (query.order() != ArticleListQuery.Order.ACTIVITY) {
            values.put("sort", query.order().code());
        }
        return QueryParameters.simple(values);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        return values.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, @Nullable String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(Enum.valueOf(type, code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
