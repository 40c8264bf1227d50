package org.deban.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/**
 * The Vue app uses history routing, so a reload on {@code /credits} must answer with its
 * {@code index.html}; {@code /api/docs} opens the generated Swagger UI.
 */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class WebAppController {
    private final ResourceResolver resources;

    WebAppController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get("/api/docs")
    HttpResponse<?> apiDocs() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }

    @Get("/api/openapi.yml")
    HttpResponse<StreamedFile> openApi() {
        return resources
                .getResource("classpath:META-INF/swagger/openapi.yml")
                .map(url -> HttpResponse.ok(new StreamedFile(url)).contentType("application/yaml"))
                .orElseGet(HttpResponse::notFound);
    }

    /** Client-side routes of the app (not /api, not files with an extension). */
    @Get("/{path:^(?!api/)[^.]*$}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<StreamedFile> app(String path) {
        return resources
                .getResource("classpath:public/index.html")
                .map(url -> HttpResponse.ok(new StreamedFile(url)))
                .orElseGet(HttpResponse::notFound);
    }
}
