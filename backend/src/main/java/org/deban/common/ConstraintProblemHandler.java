package org.deban.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bean-validation failures as problem+json, one entry per field, with the field's JSON path
 * ({@code location.lat}, not {@code create.request.location.lat}) and a code every locale can word.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException e) {
        return Problems.validation(e.getConstraintViolations().stream()
                .map(ConstraintProblemHandler::toFieldError)
                .toList());
    }

    static FieldError toFieldError(ConstraintViolation<?> v) {
        return new FieldError(fieldPath(v), code(v), v.getMessage());
    }

    /**
     * Drops the method node, and the parameter node when properties follow it (a body or a bound
     * request bean); a plain query parameter is itself the field.
     */
    static String fieldPath(ConstraintViolation<?> v) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    Integer index = node.getIndex();
                    if (index != null && !properties.isEmpty()) {
                        properties.set(properties.size() - 1, properties.getLast() + "[" + index + "]");
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) properties.add(name);
                }
                default -> {}
            }
        }
        if (!properties.isEmpty()) return String.join(".", properties);
        return parameter == null ? "" : parameter;
    }

    static String code(ConstraintViolation<?> v) {
        String annotation =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Min",
                    "Max",
                    "DecimalMin",
                    "DecimalMax",
                    "Size",
                    "Positive",
                    "PositiveOrZero",
                    "Negative",
                    "Past",
                    "Future",
                    "PastOrPresent",
                    "FutureOrPresent" -> "OUT_OF_RANGE";
            case "Pattern", "Email" -> "INVALID_FORMAT";
            default -> "INVALID_VALUE";
        };
    }
}
