package org.deban.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** Maps Deban's own exceptions, which carry data and no HTTP types, to problem+json. */
@Factory
class DomainExceptionHandlers {

    @Singleton
    ExceptionHandler<ValidationException, HttpResponse<Problem>> validation() {
        return (HttpRequest request, ValidationException e) -> Problems.validation(e.errors());
    }

    @Singleton
    ExceptionHandler<ForbiddenException, HttpResponse<Problem>> forbidden() {
        return (HttpRequest request, ForbiddenException e) -> Problems.of(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @Singleton
    ExceptionHandler<ConflictException, HttpResponse<Problem>> conflict() {
        return (HttpRequest request, ConflictException e) -> Problems.response(new Problem(
                Problem.BASE + e.problem(), "この状態ではできません", HttpStatus.CONFLICT.getCode(), e.getMessage(), List.of()));
    }

    @Singleton
    ExceptionHandler<NotFoundException, HttpResponse<Problem>> notFound() {
        return (HttpRequest request, NotFoundException e) -> Problems.response(new Problem(
                Problem.NOT_FOUND,
                "見つかりません",
                HttpStatus.NOT_FOUND.getCode(),
                e.resource() + " " + e.id() + " は存在しません",
                List.of()));
    }
}
