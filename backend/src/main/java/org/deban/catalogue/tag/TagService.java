package org.deban.catalogue.tag;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deban.common.AuditLog;
import org.deban.common.AuditLog.Actor;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.RequestValidator;

/** The tag vocabulary, and the check that catalogue writes use only its codes. */
@Singleton
public class TagService {
    private final TagRepository repository;
    private final RequestValidator requests;
    private final AuditLog audit;

    TagService(TagRepository repository, RequestValidator requests, AuditLog audit) {
        this.repository = repository;
        this.requests = requests;
        this.audit = audit;
    }

    /** Adds a term at the end of the list; audited. */
    @Transactional
    public TagResponse create(TagRequest request, Actor administrator) {
        List<FieldError> errors = new ArrayList<>(requests.check(request));
        if (request.code() == null || request.code().isBlank()) {
            errors.add(new FieldError("code", "REQUIRED", "コードを入力してください（例：QUIET_PLACE）"));
        } else if (repository.existsById(request.code())) {
            errors.add(new FieldError("code", "INVALID_VALUE", "このコードのタグはもうあります"));
        }
        RequestValidator.throwIfAny(errors);
        int last = repository.listOrderBySortOrder().stream()
                .mapToInt(Tag::sortOrder)
                .max()
                .orElse(0);
        Tag saved = repository.save(new Tag(
                request.code(),
                request.category(),
                request.labelJa().strip(),
                request.labelEn().strip(),
                synonyms(request),
                last + 10));
        audit.record(administrator, "TAG_CREATED", "TAG", saved.code(), Map.of("labelJa", saved.labelJa()));
        return saved.toResponse();
    }

    /** Changes a term's category, labels and synonyms (its code stays); audited with what it was before. */
    @Transactional
    public TagResponse update(String code, TagRequest request, Actor administrator) {
        Tag before = repository.findById(code).orElseThrow(() -> new NotFoundException("tag", code));
        RequestValidator.throwIfAny(requests.check(request));
        Tag saved = repository.update(new Tag(
                code,
                request.category(),
                request.labelJa().strip(),
                request.labelEn().strip(),
                synonyms(request),
                before.sortOrder()));
        audit.record(
                administrator,
                "TAG_CHANGED",
                "TAG",
                code,
                Map.of("before", before.toResponse(), "after", saved.toResponse()));
        return saved.toResponse();
    }

    private static String[] synonyms(TagRequest request) {
        return request.synonyms() == null
                ? new String[0]
                : request.synonyms().stream().map(String::strip).distinct().toArray(String[]::new);
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
