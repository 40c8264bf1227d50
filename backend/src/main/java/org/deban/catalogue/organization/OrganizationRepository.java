package org.deban.catalogue.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jspecify.annotations.Nullable;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationRepository extends CrudRepository<Organization, Long> {

    @Query(
            value = "SELECT * FROM organization WHERE (CAST(:kind AS text) IS NULL OR kind = :kind) ORDER BY id",
            countQuery = "SELECT count(*) FROM organization WHERE (CAST(:kind AS text) IS NULL OR kind = :kind)")
    Page<Organization> list(@Nullable String kind, Pageable pageable);
}
