package org.copydesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import org.copydesk.article.service.ArticleListItem;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@CopydeskContext
class ArticleListViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_sees_the_seed_article_with_its_progress_and_can_import() {
        navigate(ArticleListView.class);

        @SuppressWarnings("unchecked")
        Grid<ArticleListItem> grid = find(Grid.class).single();
        var items = grid.getLazyDataView().getItems().toList();
        assertThat(items).anySatisfy(item -> {
            assertThat(item.title()).startsWith("North Korean Visa Overstayers in China");
            assertThat(item.paragraphCount()).isEqualTo(34);
            assertThat(item.approvedCount() + item.editedCount() + item.untouchedCount())
                    .isEqualTo(34);
        });
        assertThat(find(Upload.class).all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void a_reviewer_is_not_offered_the_import_button() {
        navigate(ArticleListView.class);
        assertThat(find(Upload.class).all()).isEmpty();
        assertThat(find(Grid.class).all()).hasSize(1);
    }
}
