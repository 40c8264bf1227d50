package org.deban.catalogue.organization;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deban.catalogue.Contact;
import org.jspecify.annotations.Nullable;

/** What an organisation says about itself when it registers or updates. */
@Serdeable
public record OrganizationRequest(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 200) String nameKana,
        @NotNull OrganizationKind kind,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Valid Contact contact) {}
