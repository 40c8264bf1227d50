package org.deban.catalogue.organization;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.deban.catalogue.Contact;
import org.jspecify.annotations.Nullable;

@Serdeable
public record OrganizationResponse(
        long id,
        String name,
        @Nullable String nameKana,
        OrganizationKind kind,
        @Nullable String description,
        Contact contact,
        Instant updatedAt) {}
