package org.deban.catalogue.tag;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.util.List;

@MappedEntity("tag")
record Tag(
        @Id String code,
        TagCategory category,
        String labelJa,
        String labelEn,
        @TypeDef(type = DataType.STRING_ARRAY) String[] synonyms,
        int sortOrder) {

    TagResponse toResponse() {
        return new TagResponse(code, category, labelJa, labelEn, List.of(synonyms));
    }
}
