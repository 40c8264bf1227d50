package org.deban.common;

import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs bean validation on a request body inside the service, so that shape errors (a blank
 * name) and domain errors (an unknown organisation) reach the client in one complete list.
 */
@Singleton
public class RequestValidator {
    private final Validator validator;

    RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** The shape errors of a request; add domain errors and call {@link #throwIfAny}. */
    public List<FieldError> check(Object request) {
        List<FieldError> errors = new ArrayList<>();
        validator
                .validate(request)
                .forEach(v -> errors.add(new FieldError(
                        ConstraintProblemHandler.fieldPath(v), ConstraintProblemHandler.code(v), v.getMessage())));
        return errors;
    }

    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }
}
