package org.deban.accounts;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code account}. The password is only ever held as its Argon2id hash. */
@MappedEntity("account")
record Account(
        @Id @GeneratedValue @Nullable Long id,
        String login,
        String displayName,
        Role role,
        @Nullable Long organizationId,
        String passwordHash,
        boolean mustChangePassword,
        boolean active,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        @Nullable Instant sessionsValidAfter,
        @DateCreated @Nullable Instant createdAt) {

    @Override
    public String toString() {
        // Never the hash, not even in a log line or an exception message.
        return "Account[id=" + id + ", login=" + login + ", role=" + role + "]";
    }
}
