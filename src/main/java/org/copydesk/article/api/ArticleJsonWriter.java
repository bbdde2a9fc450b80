package org.copydesk.article.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.copydesk.article.service.ArticleHeader;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes an article with every paragraph as JSON (the same document as {@code ArticleDetail}) straight to the
 * response, fetching the paragraphs a page at a time: memory stays at one page however long the article is.
 */
@Component
class ArticleJsonWriter {

    private final ArticleQueryService articles;
    private final ObjectMapper json;
    private final int pageSize;

    ArticleJsonWriter(
            ArticleQueryService articles,
            ObjectMapper json,
            @Value("${copydesk.api.paragraph-page-size:500}") int pageSize) {
        this.articles = articles;
        this.json = json;
        this.pageSize = pageSize;
    }

    void write(ArticleHeader header, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            JsonNode fields = json.valueToTree(header);
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                generator.writeName(field.getKey());
                generator.writeTree(field.getValue());
            }
            generator.writeName("paragraphs");
            generator.writeStartArray();
            int after = -1;
            List<ParagraphRow> page;
            do {
                page = articles.paragraphsAfter(header.id(), after, pageSize);
                for (ParagraphRow row : page) {
                    generator.writePOJO(row);
                }
                if (!page.isEmpty()) {
                    after = page.getLast().position();
                }
                generator.flush();
            } while (page.size() == pageSize);
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }
}
