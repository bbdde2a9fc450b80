package org.copydesk.suggest.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.MadeUpWords.word;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copydesk.suggest.service.LearningService;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin screen that teaches from reference pairs: two files or a ZIP, with what each pair taught. */
@CopydeskContext
class LearningViewTest extends SpringBrowserlessTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_teaches_from_two_files_and_from_a_zip_and_sees_what_each_pair_taught() throws IOException {
        var view = navigate(LearningView.class);
        assertThat(find(Upload.class).all()).hasSize(3);

        view.teachPair(utf8("The council " + word() + " the plan."), utf8("The council approved the plan."));
        assertThat(find(Div.class)
                        .withClassName("learning-pair-result")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .startsWith("Pair 1: 1 spun and 1 original paragraphs");

        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            for (String name : new String[] {"01", "02"}) {
                out.putNextEntry(new ZipEntry(name + "-spun.txt"));
                out.write(utf8("The mayor " + word() + " critics."));
                out.putNextEntry(new ZipEntry(name + "-original.txt"));
                out.write(utf8("The mayor answered critics."));
            }
        }
        view.teachZip(zip.toByteArray());
        assertThat(find(Div.class).withClassName("learning-pair-result").all())
                .extracting(d -> d.getElement().getTextRecursively())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Pair 01:"),
                        second -> assertThat(second).startsWith("Pair 02:"));

        view.teachZip(utf8("not a zip"));
        assertThat(find(Div.class)
                        .withClassName("learning-refused")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .startsWith("Nothing was learned:");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_finds_a_learned_rule_corrects_its_wording_and_retires_and_reinstates_it() {
        String spun = word();
        var view = navigate(LearningView.class);
        view.teachPair(utf8("The mayor " + spun + " the bridge."), utf8("The mayor opened the bridge."));
        var panel = find(LearnedRulesPanel.class).single();

        test(panel.search()).setValue(spun);
        assertThat(test(panel.grid()).size()).isEqualTo(1);
        assertThat(test(panel.grid()).getCellText(0, 0)).isEqualTo(spun);
        assertThat(test(panel.grid()).getCellText(0, 1)).isEqualTo("opened");

        panel.openEditor(panel.grid().getListDataView().getItem(0));
        var fields = find(com.vaadin.flow.component.textfield.TextField.class)
                .withCaption("Replacement")
                .all();
        test(fields.getLast()).setValue("reopened");
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Save")
                        .single())
                .click();
        assertThat(test(panel.grid()).getCellText(0, 1)).isEqualTo("reopened");

        test(action(panel, "Retire")).click();
        assertThat(panel.grid().getListDataView().getItem(0).retired()).isTrue();
        test(panel.show()).selectItem("Proposed (not retired)");
        assertThat(test(panel.grid()).size()).isZero();
        test(panel.show()).selectItem("Retired");
        assertThat(test(panel.grid()).size()).isEqualTo(1);

        test(action(panel, "Reinstate")).click();
        assertThat(test(panel.grid()).size())
                .as("no longer retired, so no longer listed as such")
                .isZero();
        test(panel.show()).selectItem("Proposed (not retired)");
        assertThat(panel.grid().getListDataView().getItem(0).retired()).isFalse();
    }

    @Autowired
    LearningService learning;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_change_editors_rejected_twice_says_it_turns_the_tables_same_change_possible() {
        String spun = word();
        String original = word();
        learning.recordDecision(spun, original, false);
        learning.recordDecision(spun, original, false);
        navigate(LearningView.class);
        var panel = find(LearnedRulesPanel.class).single();
        test(panel.search()).setValue(spun);
        assertThat(standing(panel))
                .isEqualTo("Not proposed (kept or rejected as often as made)"
                        + "Rejected by editors: the spinner table's same change is only possible");
        assertThat(panel.grid()
                        .getColumns()
                        .get(3)
                        .getHeaderComponent()
                        .getElement()
                        .getText())
                .as("the count beside a rejected rule says what it counts")
                .isEqualTo("Kept or rejected");

        test(action(panel, "Retire")).click();
        assertThat(standing(panel)).as("a retired rule refuses nothing").isEqualTo("Retired");
    }

    private String standing(LearnedRulesPanel panel) {
        return test(panel.grid()).getCellComponent(0, 5).getElement().getTextRecursively();
    }

    /** The button of the first row's actions column with this text (the grid renders it, not the view tree). */
    private com.vaadin.flow.component.button.Button action(LearnedRulesPanel panel, String text) {
        var actions = test(panel.grid()).getCellComponent(0, 6);
        return actions.getChildren()
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }
}
