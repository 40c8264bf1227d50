package org.deban.catalogue.offer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import org.deban.areas.AreaLayerKind;
import org.jspecify.annotations.Nullable;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OfferRepository extends CrudRepository<Offer, Long> {

    String FILTER = " FROM offer o JOIN place p ON p.id = o.place_id"
            + " WHERE (CAST(:type AS text) IS NULL OR o.type = :type)"
            + " AND (CAST(:mode AS text) IS NULL OR o.mode = :mode)"
            + " AND (CAST(:placeId AS bigint) IS NULL OR o.place_id = :placeId)"
            + " AND (CAST(:organizationId AS bigint) IS NULL OR p.organization_id = :organizationId)"
            + " AND (CAST(:placeStatus AS text) IS NULL OR p.status = :placeStatus)"
            + " AND (p.status <> 'ENDED' OR :endedAll OR p.organization_id = CAST(:endedOrganization AS bigint))"
            + " AND (CAST(:areaId AS bigint) IS NULL"
            + " OR EXISTS (SELECT 1 FROM place_area pa JOIN area a ON a.id = pa.area_id"
            + " JOIN area_layer l ON l.code = a.layer WHERE pa.place_id = o.place_id AND pa.area_id = :areaId"
            // A sensitive place's offers are found by no area finer than its 地区.
            + " AND (p.sensitivity = 'EXACT' OR l.kind IN " + AreaLayerKind.COARSE_SQL + ")))";

    @Query(value = "SELECT o.*" + FILTER + " ORDER BY o.id", countQuery = "SELECT count(*)" + FILTER)
    Page<Offer> list(
            @Nullable String type,
            @Nullable String mode,
            @Nullable Long placeId,
            @Nullable Long organizationId,
            @Nullable String placeStatus,
            @Nullable Long areaId,
            boolean endedAll,
            @Nullable Long endedOrganization,
            Pageable pageable);

    /** Offers whose materialised occurrences end before the window should. */
    @Query("SELECT * FROM offer WHERE occurrences_until IS NULL OR occurrences_until < :windowEnd ORDER BY id")
    List<Offer> findWindowEndingBefore(LocalDate windowEnd);
}
