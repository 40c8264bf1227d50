package org.deban.catalogue.organization;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.deban.common.NotFoundException;
import org.deban.common.Outbox;
import org.deban.common.PageResponse;
import org.deban.common.RequestValidator;
import org.jspecify.annotations.Nullable;

@Singleton
public class OrganizationService {
    private final OrganizationRepository repository;
    private final Outbox outbox;
    private final RequestValidator requests;

    OrganizationService(OrganizationRepository repository, Outbox outbox, RequestValidator requests) {
        this.repository = repository;
        this.outbox = outbox;
        this.requests = requests;
    }

    @Transactional
    public OrganizationResponse create(OrganizationRequest request) {
        RequestValidator.throwIfAny(requests.check(request));
        Organization saved = repository.save(Organization.from(null, request, null));
        outbox.append(Outbox.EntityType.ORGANIZATION, saved.id());
        return saved.toResponse();
    }

    @Transactional
    public OrganizationResponse update(long id, OrganizationRequest request) {
        Organization existing = repository.findById(id).orElseThrow(() -> new NotFoundException("organization", id));
        RequestValidator.throwIfAny(requests.check(request));
        Organization saved = repository.update(Organization.from(id, request, existing.createdAt()));
        outbox.append(Outbox.EntityType.ORGANIZATION, id);
        return saved.toResponse();
    }

    @Transactional(readOnly = true)
    public OrganizationResponse get(long id) {
        return repository
                .findById(id)
                .map(Organization::toResponse)
                .orElseThrow(() -> new NotFoundException("organization", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return repository.existsById(id);
    }

    @Transactional(readOnly = true)
    public PageResponse<OrganizationResponse> list(@Nullable OrganizationKind kind, Pageable pageable) {
        return PageResponse.of(repository.list(kind == null ? null : kind.name(), pageable), Organization::toResponse);
    }
}
