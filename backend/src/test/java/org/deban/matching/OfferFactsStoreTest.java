package org.deban.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.matching.MatchWorld.weekly;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.deban.Sql;
import org.deban.catalogue.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Offer facts kept between matches are used again only until the outbox names a change: a change to the offer (its
 * schedule included), its place or its organisation is read at the next load, by whichever instance wrote it; what a
 * transaction read after writing itself is never kept.
 */
@MicronautTest(transactional = false)
class OfferFactsStoreTest {
    /** A place's new status with its outbox row, as another instance writes it. */
    private static final String PLACE_STATUS = "WITH p AS (UPDATE place SET status = ? WHERE id = ? RETURNING id)"
            + " INSERT INTO outbox (entity_type, entity_id) SELECT 'PLACE', id FROM p";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    OfferFactsStore store;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void keptFactsAreReadAgainWhenTheOfferItsPlaceOrItsOrganisationChanges() {
        MatchWorld world = new MatchWorld(http);
        Sql sql = new Sql(dataSource);
        long place = world.work.admin.id(world.work.admin.post(
                "/api/v1/places", Fixtures.placeAt(world.organization, "公民館", world.east(0.5), "EXACT")));
        Map<String, Object> body = new HashMap<>(Fixtures.offer(place, "朝のサロン"));
        body.put("schedule", Map.of("rules", List.of(weekly("WED", "10:00", "12:00"))));
        long offer = world.work.admin.id(world.work.admin.post("/api/v1/offers", body));
        LocalDate from = LocalDate.now(clock);
        LocalDate until = from.plusWeeks(8);

        OfferFacts first = load(offer, from, until);
        assertThat(first.sessions()).isNotEmpty().allMatch(s -> s.start().equals(LocalTime.of(10, 0)));
        assertThat(load(offer, from, until))
                .as("nothing changed: the kept facts")
                .isSameAs(first);

        // Through the API: a new schedule replaces the sessions.
        body.put("schedule", Map.of("rules", List.of(weekly("WED", "13:00", "15:00"))));
        world.work.admin.ok(world.work.admin.put("/api/v1/offers/" + offer, body));
        assertThat(load(offer, from, until).sessions())
                .isNotEmpty()
                .allMatch(s -> s.start().equals(LocalTime.of(13, 0)));

        // Straight in the database with the outbox row, as another instance does: the place, then the organisation.
        sql.update(PLACE_STATUS, "PAUSED", place);
        assertThat(load(offer, from, until).placeStatus()).isEqualTo("PAUSED");
        sql.update(
                "WITH o AS (UPDATE organization SET name = ? WHERE id = ? RETURNING id)"
                        + " INSERT INTO outbox (entity_type, entity_id) SELECT 'ORGANIZATION', id FROM o",
                "名前を変えた会",
                world.organization);
        OfferFacts renamed = load(offer, from, until);
        assertThat(renamed.organizationName()).isEqualTo("名前を変えた会");
        assertThat(load(offer, from, until)).isSameAs(renamed);

        // A transaction that changed the place itself sees its change, which is not kept when it rolls back.
        transactions.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(PLACE_STATUS)) {
                s.setString(1, "ENDED");
                s.setLong(2, place);
                s.executeUpdate();
            }
            assertThat(store.load(List.of(offer), from, until).get(offer).placeStatus())
                    .isEqualTo("ENDED");
            status.setRollbackOnly();
            return null;
        });
        assertThat(load(offer, from, until)).isSameAs(renamed);

        // Another window of dates (the next day) is read afresh.
        assertThat(load(offer, from.plusDays(1), until.plusDays(1))).isNotSameAs(renamed);
    }

    @Test
    void aChangeAmongMoreOutboxRowsThanALoadReadsIsStillSeen() {
        MatchWorld world = new MatchWorld(http);
        Sql sql = new Sql(dataSource);
        long place = world.work.admin.id(world.work.admin.post(
                "/api/v1/places", Fixtures.placeAt(world.organization, "集会所", world.east(0.7), "EXACT")));
        long offer = world.work.admin.id(world.work.admin.post("/api/v1/offers", Fixtures.offer(place, "昼のサロン")));
        LocalDate from = LocalDate.now(clock);
        LocalDate until = from.plusWeeks(8);
        OfferFacts first = load(offer, from, until);
        assertThat(load(offer, from, until)).isSameAs(first);

        // A bulk writer's thousands of rows naming one other offer over and over, then the place's change.
        sql.update(
                "INSERT INTO outbox (entity_type, entity_id) SELECT 'OFFER', ? FROM generate_series(1, 20000)",
                offer + 1_000_000);
        sql.update(PLACE_STATUS, "PAUSED", place);

        assertThat(load(offer, from, until).placeStatus()).isEqualTo("PAUSED");
    }

    private OfferFacts load(long offer, LocalDate from, LocalDate until) {
        return transactions.executeRead(
                status -> store.load(List.of(offer), from, until).get(offer));
    }
}
