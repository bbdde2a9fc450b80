package org.copydesk.article.reader;

/** The outcome of turning bytes into text, before the text is read as an article. */
sealed interface Decoding {

    record Text(String text) implements Decoding {}

    record Failed(ReadResult.Rejected rejection) implements Decoding {
        Failed(ImportProblem problem, String message) {
            this(new ReadResult.Rejected(problem, message));
        }
    }
}
