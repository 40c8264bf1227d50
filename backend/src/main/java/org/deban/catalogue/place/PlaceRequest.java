package org.deban.catalogue.place;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.deban.catalogue.Contact;
import org.deban.catalogue.Location;
import org.jspecify.annotations.Nullable;

/** What an organisation says about a place when it registers or updates it. */
@Serdeable
public record PlaceRequest(
        @NotNull Long organizationId,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 200) String nameKana,
        @NotNull PlaceKind kind,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Size(max = 300) String address,
        @NotNull @Valid Location location,
        @Nullable @Valid Accessibility accessibility,
        @Nullable @Size(max = 30) List<@NotBlank String> tags,
        @Nullable StaffPresence staffPresence,
        @Nullable PlaceStatus status,
        @Nullable @Size(max = 1000) String statusNote,
        @Nullable Sensitivity sensitivity,
        @Nullable LocalDate lastConfirmedOn,
        @Nullable @Valid Contact contact) {

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }
}
