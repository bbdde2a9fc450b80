package org.copydesk.test_support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds small plain-text articles; each one is unique, so tests never collide on the content hash. */
public final class Articles {

    private final String title;
    private final List<String> paragraphs = new ArrayList<>();

    private Articles(String title) {
        this.title = title;
    }

    public static Articles article(String title) {
        return new Articles(title + " " + UUID.randomUUID().toString().substring(0, 8));
    }

    public Articles paragraph(String text) {
        paragraphs.add(text);
        return this;
    }

    public Articles paragraphs(int count) {
        for (int i = 1; i <= count; i++) {
            paragraphs.add("Paragraph number " + i + " has actually been informed to the federal government inChina.");
        }
        return this;
    }

    public String title() {
        return title;
    }

    public String text() {
        return title + "\n\nJane Reporter\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The article as a Word file: the title in Word's Title style, then each paragraph in Normal. */
    public byte[] wordFile() {
        var out = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            var heading = document.createParagraph();
            heading.setStyle("Title");
            heading.createRun().setText(title);
            paragraphs.forEach(text -> document.createParagraph().createRun().setText(text));
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
