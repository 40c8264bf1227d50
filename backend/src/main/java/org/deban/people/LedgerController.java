package org.deban.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.deban.common.FieldError;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The 恩送り ledger as everyone may see it: per area of a layer, how many people were helped and how many of them
 * now help others. Counts below {@link #SHOWN_FROM} are withheld (null), 0 included, so nobody can tell who was
 * helped. Persons count in the area their home (area or chosen point) lies in.
 */
@Tag(name = "ledger")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/ledger")
@ExecuteOn(TaskExecutors.BLOCKING)
class LedgerController {
    static final int SHOWN_FROM = 3;

    private final JdbcOperations jdbc;

    LedgerController(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Serdeable
    record AreaCounts(
            long areaId,
            String code,
            String name,
            @Nullable Integer helped,
            @Nullable Integer helpersOnceHelped) {}

    @Get
    @Transactional(readOnly = true)
    PageResponse<AreaCounts> counts(
            @QueryValue @Nullable String layer,
            @QueryValue @Nullable String city,
            @Valid @RequestBean PageRequest paging) {
        if (layer == null || layer.isBlank()) {
            throw new ValidationException(List.of(new FieldError("layer", "REQUIRED", "レイヤー（例: district）を指定してください")));
        }
        List<AreaCounts> areas = jdbc.prepareStatement(
                "WITH home AS (SELECT p.id, COALESCE(ST_SetSRID(ST_MakePoint(p.home_lon, p.home_lat), 4326),"
                        + " ha.label_point) AS pt,"
                        + " EXISTS (SELECT 1 FROM support_received s WHERE s.person_id = p.id) AS helped,"
                        + " EXISTS (SELECT 1 FROM referral r JOIN offer o ON o.id = r.offer_id WHERE r.person_id = p.id"
                        + " AND o.type = 'VOLUNTEER_ROLE' AND r.step IN ('PARTICIPATING', 'SETTLED', 'GRADUATED'))"
                        + " AS helping FROM person p LEFT JOIN area ha ON ha.id = p.home_area_id)"
                        + " SELECT a.id, a.code, a.name, count(h.id) FILTER (WHERE h.helped),"
                        + " count(h.id) FILTER (WHERE h.helped AND h.helping)"
                        + " FROM area a LEFT JOIN home h ON h.pt IS NOT NULL AND ST_Intersects(a.geom, h.pt)"
                        + " WHERE a.layer = ? AND (CAST(? AS text) IS NULL OR a.city_code = ?)"
                        + " GROUP BY a.id ORDER BY a.code",
                s -> {
                    s.setString(1, layer);
                    s.setString(2, city);
                    s.setString(3, city);
                    List<AreaCounts> list = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            list.add(new AreaCounts(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    shown(rs.getInt(4)),
                                    shown(rs.getInt(5))));
                        }
                    }
                    return list;
                });
        return PageResponse.slice(areas, paging);
    }

    private static @Nullable Integer shown(int count) {
        return count < SHOWN_FROM ? null : count;
    }
}
