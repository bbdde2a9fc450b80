package org.copydesk.glossary.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, Long> {

    List<GlossaryTerm> findAllByOrderByTermAsc();

    boolean existsByTermIgnoreCase(String term);
}
