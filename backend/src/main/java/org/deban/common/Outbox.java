package org.deban.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Appends "this entity changed" to the outbox inside the writer's transaction, so a search
 * indexer tailing it can never miss a committed write nor see an uncommitted one.
 */
@Singleton
public class Outbox {
    public enum EntityType {
        ORGANIZATION,
        PLACE,
        OFFER
    }

    private final JdbcOperations jdbc;

    Outbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(EntityType type, long id) {
        jdbc.prepareStatement("INSERT INTO outbox (entity_type, entity_id) VALUES (?, ?)", statement -> {
            statement.setString(1, type.name());
            statement.setLong(2, id);
            return statement.executeUpdate();
        });
    }
}
