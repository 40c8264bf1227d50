package org.deban.catalogue.tag;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A term of the vocabulary as an administrator adds or edits it. The code is fixed once created (places and offers
 * carry it); on an edit it is ignored.
 *
 * @param synonyms words residents may type for it (search finds the tag by them without a reindex)
 */
@Serdeable
public record TagRequest(
        @Nullable @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,49}$", message = "コードは英大文字で始まる英大文字・数字・_（50文字まで）です")
        String code,

        @NotNull TagCategory category,
        @NotBlank @Size(max = 100) String labelJa,
        @NotBlank @Size(max = 100) String labelEn,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 50) String> synonyms) {}
