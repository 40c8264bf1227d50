package org.deban.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
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
 * logged by class and stack only and never leak their message to the client; nor does a refused request, whose
 * message can quote what was sent.
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
        if (status == HttpStatus.BAD_REQUEST) {
            Throwable cause = context.getRootCause().orElse(null);
            if (cause instanceof ConversionErrorException e) {
                String field = e.getArgument().getName();
                return Problems.validation(List.of(new FieldError(field, "INVALID_FORMAT", "形式が正しくありません")));
            }
            if (cause instanceof UnsatisfiedArgumentException e) {
                String field = e.getArgument().getName();
                return Problems.validation(List.of(new FieldError(field, "REQUIRED", "入力してください")));
            }
            // Unreadable JSON above all: the parser's message quotes what was sent ("Unrecognized token '…'").
            return Problems.of(status, "送信された内容を読み取れませんでした。JSON の形式を確かめてください。");
        }
        String detail =
                context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        return Problems.of(status, status == HttpStatus.NOT_FOUND ? "ページまたはリソースが見つかりません" : detail);
    }
}
