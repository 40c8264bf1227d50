package org.deban.catalogue.tag;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One term of the controlled vocabulary, e.g. NO_TALKING_NEEDED 話さなくてOK. */
@Serdeable
public record TagResponse(String code, TagCategory category, String labelJa, String labelEn, List<String> synonyms) {}
