package org.deban.interop;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.deban.accounts.Caller;
import org.deban.common.ForbiddenException;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.jspecify.annotations.Nullable;

/**
 * Imports of existing lists into one organisation's catalogue (see docs/import.md): administrators for
 * any organisation, an organisation's members for their own.
 */
@Tag(name = "imports")
@Secured({"ADMIN", "ORG_MEMBER"})
@Controller("/api/v1/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService service;
    private final ResourceResolver resources;

    ImportController(ImportService service, ResourceResolver resources) {
        this.service = service;
        this.resources = resources;
    }

    /** A file sent as multipart/form-data (part {@code file}), as a browser form uploads it. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    ImportView upload(
            Authentication authentication,
            HttpRequest<?> request,
            @QueryValue long organizationId,
            @QueryValue(defaultValue = "false") boolean dryRun,
            @Part("file") CompletedFileUpload file) {
        Caller caller = Caller.of(authentication, request);
        caller.requireCatalogueEditor(organizationId);
        try {
            return service.importFile(organizationId, file.getBytes(), file.getFilename(), dryRun, caller.actor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as the request body: {@code text/csv} or the .xlsx media type. */
    @Post(consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    ImportView raw(
            Authentication authentication,
            HttpRequest<?> request,
            @QueryValue long organizationId,
            @QueryValue(defaultValue = "false") boolean dryRun,
            @QueryValue @Nullable String fileName,
            @Body byte[] body) {
        Caller caller = Caller.of(authentication, request);
        caller.requireCatalogueEditor(organizationId);
        return service.importFile(organizationId, body, fileName, dryRun, caller.actor());
    }

    /** Imports, newest first: all or one organisation's for administrators, their own for members. */
    @Get
    PageResponse<ImportView> list(
            Authentication authentication,
            @QueryValue @Nullable Long organizationId,
            @Valid @RequestBean PageRequest paging) {
        Caller caller = Caller.of(authentication);
        if (caller.isAdmin()) return service.list(organizationId, paging);
        if (organizationId != null) caller.requireCatalogueEditor(organizationId);
        if (caller.organizationId() == null) throw new ForbiddenException("団体に属していません");
        return service.list(caller.organizationId(), paging);
    }

    /** One import with its progress (rows done of total) and every row's result. */
    @Get("/{id}")
    ImportView get(Authentication authentication, long id) {
        ImportView found = service.get(id).orElseThrow(() -> new NotFoundException("import", id));
        Caller.of(authentication).requireCatalogueEditor(found.organizationId());
        return found;
    }

    /** Undoes the import: removes the places and offers it created, except those changed or used since. */
    @Delete("/{id}")
    ImportView.Undo undo(Authentication authentication, HttpRequest<?> request, long id) {
        ImportView found = service.get(id).orElseThrow(() -> new NotFoundException("import", id));
        Caller caller = Caller.of(authentication, request);
        caller.requireCatalogueEditor(found.organizationId());
        return service.undo(id, caller.actor());
    }

    /** Deban's own template, UTF-8 with BOM so that Excel opens it in Japanese. */
    @Get("/template.csv")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<StreamedFile> template() {
        return resources
                .getResource("classpath:import/template.csv")
                .map(url -> HttpResponse.ok(new StreamedFile(url))
                        .contentType("text/csv;charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"deban-template.csv\""))
                .orElseGet(HttpResponse::notFound);
    }
}
