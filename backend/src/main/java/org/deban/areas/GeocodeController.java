package org.deban.areas;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.deban.common.FieldError;
import org.deban.common.RequestValidator;
import org.deban.gis.address.MatchLevel;

/**
 * Offline geocoding of Japanese addresses to 町丁目 representative points, from the town lists
 * Deban ships. Used by the registration form ("地図で確認") and by imports.
 */
@Tag(name = "geocode")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/geocode")
@ExecuteOn(TaskExecutors.BLOCKING)
class GeocodeController {
    static final int BATCH_LIMIT = 1000;

    /** Addresses to geocode in one call, e.g. the address column of an import. */
    @Serdeable
    record BatchRequest(
            @NotNull @Size(min = 1, max = BATCH_LIMIT) List<String> addresses) {}

    /** Every address's result in input order, and the ones not matched to a 町丁目 or 大字 listed apart. */
    @Serdeable
    record BatchResponse(List<GeocodeResponse> results, List<Failure> failures) {}

    /** An address that got no point, by its position in the request. */
    @Serdeable
    record Failure(int index, String address, MatchLevel level, String reason) {}

    private final Towns towns;

    GeocodeController(Towns towns) {
        this.towns = towns;
    }

    /** One address: {@code ?address=愛知県稲沢市池部町１丁目５－３}. */
    @Get
    GeocodeResponse one(@QueryValue String address) {
        if (address.isBlank()) {
            RequestValidator.throwIfAny(List.of(new FieldError("address", "REQUIRED", "住所を入力してください")));
        }
        return GeocodeResponse.of(towns.matcher().match(address));
    }

    @Post
    BatchResponse batch(@Valid @Body BatchRequest request) {
        List<GeocodeResponse> results = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String address : request.addresses()) {
            GeocodeResponse result = GeocodeResponse.of(towns.matcher().match(address == null ? "" : address));
            if (result.location() == null) {
                failures.add(new Failure(
                        results.size(),
                        result.address(),
                        result.level(),
                        result.reason() == null ? "位置を特定できません" : result.reason()));
            }
            results.add(result);
        }
        return new BatchResponse(results, failures);
    }
}
