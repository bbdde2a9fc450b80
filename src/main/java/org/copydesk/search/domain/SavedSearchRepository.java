package org.copydesk.search.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByOwnerOrderByName(String owner);

    Optional<SavedSearch> findByOwnerAndName(String owner, String name);

    Optional<SavedSearch> findByIdAndOwner(long id, String owner);
}
