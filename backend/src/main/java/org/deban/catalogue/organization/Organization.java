package org.deban.catalogue.organization;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.deban.catalogue.Contact;
import org.jspecify.annotations.Nullable;

@MappedEntity("organization")
record Organization(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String nameKana,
        OrganizationKind kind,
        @Nullable String description,
        @Nullable String contactPerson,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String contactUrl,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static Organization from(@Nullable Long id, OrganizationRequest r, @Nullable Instant createdAt) {
        Contact c = Contact.orEmpty(r.contact());
        return new Organization(
                id,
                r.name().strip(),
                r.nameKana(),
                r.kind(),
                r.description(),
                c.person(),
                c.phone(),
                c.email(),
                c.url(),
                createdAt,
                null);
    }

    OrganizationResponse toResponse() {
        return new OrganizationResponse(
                id,
                name,
                nameKana,
                kind,
                description,
                Contact.of(contactPerson, contactPhone, contactEmail, contactUrl),
                updatedAt);
    }
}
