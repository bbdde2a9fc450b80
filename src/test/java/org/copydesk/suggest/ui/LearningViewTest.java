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
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
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
}
