package org.copydesk.security.domain;

import java.util.Optional;
import org.copydesk.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.enabled = true")
    boolean existsEnabledWithRole(Role role);
}
