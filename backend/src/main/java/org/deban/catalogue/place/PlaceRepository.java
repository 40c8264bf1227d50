package org.deban.catalogue.place;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.deban.areas.AreaLayerKind;
import org.jspecify.annotations.Nullable;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlaceRepository extends CrudRepository<Place, Long> {

    String FILTER = " FROM place WHERE (CAST(:kind AS text) IS NULL OR kind = :kind)"
            + " AND (CAST(:status AS text) IS NULL OR status = :status)"
            + " AND (CAST(:organizationId AS bigint) IS NULL OR organization_id = :organizationId)"
            + " AND (CAST(:confirmedBefore AS date) IS NULL OR last_confirmed_on < :confirmedBefore)"
            + " AND (status <> 'ENDED' OR :endedAll OR organization_id = CAST(:endedOrganization AS bigint))"
            + " AND (CAST(:areaId AS bigint) IS NULL"
            + " OR EXISTS (SELECT 1 FROM place_area pa JOIN area a ON a.id = pa.area_id"
            + " JOIN area_layer l ON l.code = a.layer WHERE pa.place_id = place.id AND pa.area_id = :areaId"
            // A sensitive place is found by no area finer than its 地区.
            + " AND (place.sensitivity = 'EXACT' OR l.kind IN " + AreaLayerKind.COARSE_SQL + ")))";

    @Query(value = "SELECT *" + FILTER + " ORDER BY id", countQuery = "SELECT count(*)" + FILTER)
    Page<Place> list(
            @Nullable String kind,
            @Nullable String status,
            @Nullable Long organizationId,
            @Nullable LocalDate confirmedBefore,
            @Nullable Long areaId,
            boolean endedAll,
            @Nullable Long endedOrganization,
            Pageable pageable);

    List<Place> findByIdIn(Collection<Long> ids);
}
