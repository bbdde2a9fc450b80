package org.copydesk.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.search.SearchFilter;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.SearchScope;
import org.copydesk.search.matching.PatternSpec;
import org.jspecify.annotations.Nullable;

/** A user's named search: the query and its filters, to run again with one click. */
@Entity
@Table(name = "saved_searches")
public class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_searches_seq")
    @SequenceGenerator(name = "saved_searches_seq", sequenceName = "saved_searches_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "owner", nullable = false, updatable = false)
    private String owner;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "query", nullable = false)
    private String query;

    @Column(name = "regex", nullable = false)
    private boolean regex;

    @Column(name = "case_sensitive", nullable = false)
    private boolean caseSensitive;

    @Column(name = "whole_word", nullable = false)
    private boolean wholeWord;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private SearchScope scope;

    @Column(name = "article_status")
    private @Nullable String articleStatus;

    @Column(name = "paragraph_statuses", nullable = false)
    private String paragraphStatuses;

    @Column(name = "article_ids", nullable = false)
    private String articleIds;

    @Column(name = "edited_by")
    private @Nullable String editedBy;

    @Column(name = "changed_from")
    private @Nullable LocalDate changedFrom;

    @Column(name = "changed_to")
    private @Nullable LocalDate changedTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SavedSearch() {
        this.owner = "";
        this.name = "";
        this.query = "";
        this.scope = SearchScope.BOTH;
        this.paragraphStatuses = "";
        this.articleIds = "";
        this.createdAt = Instant.EPOCH;
    }

    public SavedSearch(String owner, String name, SearchQuery query, Instant createdAt) {
        this();
        this.owner = owner;
        this.name = name;
        this.createdAt = createdAt;
        redefine(query);
    }

    /** Makes this saved search run {@code query} from now on (saving under an existing name replaces it). */
    public void redefine(SearchQuery query) {
        PatternSpec pattern = query.pattern();
        SearchFilter filter = query.filter();
        this.query = pattern.text();
        this.regex = pattern.regex();
        this.caseSensitive = pattern.caseSensitive();
        this.wholeWord = pattern.wholeWord();
        this.scope = query.scope();
        this.articleStatus =
                filter.articleStatus() == null ? null : filter.articleStatus().name();
        this.paragraphStatuses =
                filter.paragraphStatuses().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.articleIds =
                filter.articleIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.editedBy = filter.editedBy();
        this.changedFrom = filter.changedFrom();
        this.changedTo = filter.changedTo();
    }

    public SearchQuery toQuery() {
        var filter = new SearchFilter(
                articleStatus == null ? null : ArticleStatus.valueOf(articleStatus),
                split(articleIds).stream().map(Long::valueOf).collect(Collectors.toSet()),
                split(paragraphStatuses).stream().map(ParagraphStatus::valueOf).collect(Collectors.toSet()),
                editedBy,
                changedFrom,
                changedTo);
        return new SearchQuery(new PatternSpec(query, regex, caseSensitive, wholeWord), scope, filter);
    }

    private static Set<String> split(String list) {
        return list.isEmpty() ? Set.of() : Arrays.stream(list.split(",")).collect(Collectors.toSet());
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("saved search is not stored yet");
        }
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
