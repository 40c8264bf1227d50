package org.deban.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI the frontend translates;
 * {@code errors} names each rejected field for validation problems.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, @Nullable String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String BASE = "https://deban.org/problems/";

    public static final String VALIDATION = BASE + "validation";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String CONFLICT = BASE + "conflict";
    public static final String BAD_REQUEST = BASE + "bad-request";
    public static final String INTERNAL = BASE + "internal";

    /** The generic problem for a status, for errors the framework raises (unknown route, bad method). */
    public static String typeFor(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 500 -> INTERNAL;
            default -> BASE + "http-" + status;
        };
    }
}
