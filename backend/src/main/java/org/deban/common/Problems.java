package org.deban.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Comparator;
import java.util.List;

/** Builds problem+json responses; the one place that knows their wording. */
public final class Problems {
    private Problems() {}

    /** Every bad field, in field order, so a client shows them as they stand in the form. */
    public static MutableHttpResponse<Problem> validation(List<FieldError> unsorted) {
        List<FieldError> errors = unsorted.stream()
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : "入力内容に " + errors.size() + " 件の誤りがあります";
        return response(new Problem(Problem.VALIDATION, "入力内容に誤りがあります", 400, detail, errors));
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail) {
        return response(new Problem(
                Problem.typeFor(status.getCode()), status.getReason(), status.getCode(), detail, List.of()));
    }

    public static MutableHttpResponse<Problem> response(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }
}
