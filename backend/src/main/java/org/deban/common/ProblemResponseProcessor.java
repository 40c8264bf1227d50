package org.deban.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the framework itself raises (unknown route, wrong method, unreadable JSON, a value
 * of the wrong type, an unexpected exception) answers as problem+json too. Unexpected errors are
 * logged by class and stack only and never leak their message to the client.
 */
@Primary
@Singleton
class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        if (status.getCode() >= 500) {
            context.getRootCause()
                    .ifPresent(e -> LOG.error(
                            "unexpected error on {} {}",
                            context.getRequest().getMethod(),
                            context.getRequest().getPath(),
                            LogSafe.redact(e)));
            return Problems.of(status, "予期しないエラーが発生しました。時間をおいてもう一度お試しください。");
        }
        if (status == HttpStatus.BAD_REQUEST
                && context.getRootCause().orElse(null) instanceof ConversionErrorException e) {
            String field = e.getArgument().getName();
            return Problems.validation(List.of(new FieldError(field, "INVALID_FORMAT", "形式が正しくありません")));
        }
        String detail =
                context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        return Problems.of(status, status == HttpStatus.NOT_FOUND ? "ページまたはリソースが見つかりません" : detail);
    }
}
