package org.copydesk.review.service;

import java.util.List;

/** What the queue's filters offer: articles with submitted paragraphs and the editors who wrote them. */
public record ReviewQueueOptions(List<ArticleChoice> articles, List<String> editors) {

    public record ArticleChoice(long id, String title) {}
}
