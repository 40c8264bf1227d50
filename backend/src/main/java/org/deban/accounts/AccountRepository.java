package org.deban.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRepository extends CrudRepository<Account, Long> {
    Optional<Account> findByLogin(String login);

    @Query(value = "SELECT * FROM account ORDER BY id", countQuery = "SELECT count(*) FROM account")
    Page<Account> findAllOrderById(Pageable pageable);

    /** Locks the row: concurrent failed sign-ins must each be counted. */
    @Query("SELECT * FROM account WHERE login = :login FOR UPDATE")
    Optional<Account> findByLoginForUpdate(String login);

    @Query("UPDATE account SET failed_sign_ins = :failedSignIns, locked_until = :lockedUntil WHERE id = :id")
    void updateSignInState(long id, int failedSignIns, @Nullable Instant lockedUntil);

    @Query("UPDATE account SET sessions_valid_after = :after WHERE id = :id")
    void endSessions(long id, Instant after);

    @Query("UPDATE account SET password_hash = :passwordHash, must_change_password = :mustChangePassword,"
            + " failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
    void updatePassword(long id, String passwordHash, boolean mustChangePassword);
}
