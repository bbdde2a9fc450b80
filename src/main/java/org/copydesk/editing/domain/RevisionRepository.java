package org.copydesk.editing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete methods exist, as the table refuses them anyway. */
public interface RevisionRepository extends Repository<Revision, Long> {

    Revision save(Revision revision);

    <S extends Revision> List<S> saveAll(Iterable<S> revisions);

    List<Revision> findByParagraphIdOrderByNumber(long paragraphId);

    Optional<Revision> findByParagraphIdAndNumber(long paragraphId, int number);
}
