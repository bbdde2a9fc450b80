package org.copydesk.search.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplacePreviewParagraphRepository extends JpaRepository<ReplacePreviewParagraph, Long> {

    List<ReplacePreviewParagraph> findByPreviewIdOrderByArticleIdAscPositionAsc(UUID previewId);

    /** In paragraph id order: the order rows are locked in, the same for every apply, so two never deadlock. */
    List<ReplacePreviewParagraph> findByPreviewIdOrderByParagraphId(UUID previewId);
}
