package org.copydesk.editing.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface DraftRepository extends Repository<Draft, Draft.Key> {

    @Query("select d from Draft d where d.articleId = :articleId and d.key.username = :username")
    List<Draft> findByArticle(long articleId, String username);

    /** Inserts the draft or replaces the account's earlier draft of the paragraph, in one statement. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into paragraph_drafts (username, paragraph_id, article_id, text, base_revision, updated_at)
            values (:username, :paragraphId, :articleId, :text, :baseRevision, :at)
            on conflict (username, paragraph_id) do update
            set text = excluded.text, base_revision = excluded.base_revision, updated_at = excluded.updated_at""")
    void upsert(String username, long paragraphId, long articleId, String text, int baseRevision, Instant at);

    @Modifying
    @Query(
            nativeQuery = true,
            value = "delete from paragraph_drafts where username = :username and paragraph_id = :paragraphId")
    int delete(String username, long paragraphId);
}
