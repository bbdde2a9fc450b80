package org.copydesk.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.function.Consumer;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.search.SearchFilter;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.SearchScope;
import org.copydesk.search.matching.PatternSpec;
import org.jspecify.annotations.Nullable;

/** The search pattern, its options and the filters; reports a search with {@code onSearch}. */
class SearchForm extends Div {

    private final TextField query = new TextField();
    private final Checkbox regex = new Checkbox();
    private final Checkbox caseSensitive = new Checkbox();
    private final Checkbox wholeWord = new Checkbox();
    private final Select<SearchScope> scope = new Select<>();
    private final Select<ArticleStatus> articleStatus = new Select<>();
    private final MultiSelectComboBox<ParagraphStatus> paragraphStatuses = new MultiSelectComboBox<>();
    private final TextField editedBy = new TextField();
    private final DatePicker changedFrom = new DatePicker();
    private final DatePicker changedTo = new DatePicker();
    private Set<Long> articleIds = Set.of();

    SearchForm(Consumer<SearchQuery> onSearch) {
        addClassName("search-form");
        query.setLabel(getTranslation("search.query"));
        query.setMaxLength(PatternSpec.MAX_LENGTH);
        query.setClearButtonVisible(true);
        query.addClassName("search-query");
        regex.setLabel(getTranslation("search.regex"));
        caseSensitive.setLabel(getTranslation("search.case-sensitive"));
        wholeWord.setLabel(getTranslation("search.whole-word"));
        scope.setLabel(getTranslation("search.scope"));
        scope.setItems(SearchScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("search.scope." + s.code()));
        scope.setValue(SearchScope.BOTH);
        articleStatus.setLabel(getTranslation("search.article-status"));
        articleStatus.setItems(ArticleStatus.values());
        articleStatus.setEmptySelectionAllowed(true);
        articleStatus.setEmptySelectionCaption(getTranslation("search.any"));
        articleStatus.setItemLabelGenerator(
                s -> s == null ? getTranslation("search.any") : getTranslation("article.status." + s.code()));
        paragraphStatuses.setLabel(getTranslation("search.paragraph-status"));
        paragraphStatuses.setItems(ParagraphStatus.values());
        paragraphStatuses.setItemLabelGenerator(s -> getTranslation("paragraph.status." + s.code()));
        paragraphStatuses.setPlaceholder(getTranslation("search.any"));
        editedBy.setLabel(getTranslation("search.edited-by"));
        changedFrom.setLabel(getTranslation("search.changed-from"));
        changedTo.setLabel(getTranslation("search.changed-to"));
        var search = new Button(getTranslation("search.search"), e -> onSearch.accept(query()));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        var pattern = new Div(query, search, regex, caseSensitive, wholeWord);
        pattern.addClassName("search-pattern");
        var filters = new Div(scope, articleStatus, paragraphStatuses, editedBy, changedFrom, changedTo);
        filters.addClassName("search-filters");
        add(pattern, filters);
    }

    /** The search the form describes now. */
    SearchQuery query() {
        var pattern =
                new PatternSpec(query.getValue(), regex.getValue(), caseSensitive.getValue(), wholeWord.getValue());
        var filter = new SearchFilter(
                articleStatus.getValue(),
                articleIds,
                paragraphStatuses.getValue(),
                editedBy.getValue(),
                changedFrom.getValue(),
                changedTo.getValue());
        return new SearchQuery(pattern, scope.getValue() == null ? SearchScope.BOTH : scope.getValue(), filter);
    }

    /** Fills the form with {@code saved} (a saved search chosen as a quick filter). */
    void show(SearchQuery saved) {
        query.setValue(saved.pattern().text());
        regex.setValue(saved.pattern().regex());
        caseSensitive.setValue(saved.pattern().caseSensitive());
        wholeWord.setValue(saved.pattern().wholeWord());
        scope.setValue(saved.scope());
        SearchFilter filter = saved.filter();
        articleStatus.setValue(filter.articleStatus());
        paragraphStatuses.setValue(filter.paragraphStatuses());
        editedBy.setValue(filter.editedBy() == null ? "" : filter.editedBy());
        changedFrom.setValue(filter.changedFrom());
        changedTo.setValue(filter.changedTo());
        articleIds = filter.articleIds();
    }

    /** Limits the search to one article (null: all articles). */
    void limitToArticle(@Nullable Long articleId) {
        articleIds = articleId == null ? Set.of() : Set.of(articleId);
    }

    TextField queryField() {
        return query;
    }

    Checkbox regexBox() {
        return regex;
    }
}
