package org.deban.catalogue.tag;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deban.common.FieldError;

/** The tag vocabulary, and the check that catalogue writes use only its codes. */
@Singleton
public class TagService {
    private final TagRepository repository;

    TagService(TagRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<TagResponse> all() {
        return repository.listOrderBySortOrder().stream().map(Tag::toResponse).toList();
    }

    /** One error per code that is not in the vocabulary, named {@code field[i]}. */
    @Transactional(readOnly = true)
    public List<FieldError> unknownCodes(String field, List<String> codes) {
        if (codes.isEmpty()) return List.of();
        Set<String> known = new HashSet<>();
        repository.findAll().forEach(t -> known.add(t.code()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "INVALID_VALUE", "登録されていないタグです: " + codes.get(i)));
            }
        }
        return errors;
    }
}
