package org.deban.catalogue.tag;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TagRepository extends CrudRepository<Tag, String> {
    List<Tag> listOrderBySortOrder();
}
