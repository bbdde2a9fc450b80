package org.copydesk.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.copydesk.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.enabled = true")
    boolean existsEnabledWithRole(Role role);

    List<Account> findAllByOrderByUsername();

    @Query(
            "select a.username from Account a where a.enabled = true and lower(a.username) like :prefix order by a.username")
    List<String> enabledUsernamesLike(String prefix, org.springframework.data.domain.Pageable page);

    @Query("select a.username from Account a where a.username in :usernames")
    List<String> existingUsernames(Collection<String> usernames);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(Role role);
}
