package org.copydesk.article.reader;

import java.util.Optional;
import org.copydesk.article.ParagraphKind;
import org.copydesk.base.TextCharacters;

/** What every article must have, whatever its format: a title of title length and something to edit. */
final class ArticleCheck {

    static final int MAX_TITLE_LENGTH = 500;

    private ArticleCheck() {}

    static Optional<ReadResult.Rejected> problemWith(ParsedArticle article, int maxParagraphs) {
        String title = article.title();
        if (TextCharacters.isBlank(title)) {
            return rejected(
                    ImportProblem.NO_TITLE,
                    "The article has no title. Start the file with the title on a "
                            + "line of its own (in Markdown, a \"# Title\" heading).");
        }
        int titleLength = title.codePointCount(0, title.length());
        if (titleLength > MAX_TITLE_LENGTH) {
            return rejected(
                    ImportProblem.TITLE_TOO_LONG,
                    "The title (the first line) is "
                            + Wording.count(titleLength) + " characters long; a title may be at most "
                            + Wording.count(MAX_TITLE_LENGTH)
                            + " characters. Start the file with the title on a line of its "
                            + "own, followed by a blank line.");
        }
        if (article.blocks().size() > maxParagraphs) {
            return rejected(
                    ImportProblem.TOO_MANY_PARAGRAPHS,
                    "The article has " + Wording.count(article.blocks().size())
                            + " paragraphs; an article may have at most " + Wording.count(maxParagraphs)
                            + ". Split it into several articles.");
        }
        if (article.blocks().stream()
                .noneMatch(block -> block.kind() == ParagraphKind.BODY && !TextCharacters.isBlank(block.text()))) {
            return rejected(
                    ImportProblem.NO_PARAGRAPHS,
                    "The article has a title but no paragraphs. Put a blank "
                            + "line after the title and between paragraphs.");
        }
        return Optional.empty();
    }

    private static Optional<ReadResult.Rejected> rejected(ImportProblem problem, String message) {
        return Optional.of(new ReadResult.Rejected(problem, message));
    }
}
