package org.deban.areas;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deban.accounts.Caller;
import org.deban.common.AuditLog;
import org.deban.common.FieldError;
import org.deban.common.RequestValidator;
import org.deban.gis.boundary.BoundaryFile;
import org.deban.gis.boundary.BoundaryLayout;
import org.deban.gis.boundary.BoundaryReader;
import org.jspecify.annotations.Nullable;

/**
 * An administrator replaces an area layer from a GeoJSON file in the browser, as {@code ./deban import-areas} does
 * from the command line, and reads the same feature-by-feature report. The body is the file itself (bodies stay
 * under the server's 2 MB limit: a city's layers fit; a prefecture's 町丁目 go through the command line).
 */
@Tag(name = "areas")
@Controller("/api/v1/area-layers")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AreaImportController {
    private final AreaImporter importer;
    private final AuditLog audit;

    AreaImportController(AreaImporter importer, AuditLog audit) {
        this.importer = importer;
        this.audit = audit;
    }

    /**
     * Replaces layer {@code code}. The code and name of each feature come from a preset ({@code N03}, {@code A27},
     * {@code A32}) or from the named properties ({@code nameProperty} may list several, comma-separated, joined).
     */
    @Post(
            value = "/{code}/import",
            consumes = {"application/geo+json", MediaType.APPLICATION_JSON})
    ImportReport importLayer(
            HttpRequest<?> request,
            Authentication authentication,
            String code,
            @QueryValue @Nullable String name,
            @QueryValue @Nullable AreaLayerKind kind,
            @QueryValue @Nullable String preset,
            @QueryValue @Nullable String codeProperty,
            @QueryValue @Nullable String nameProperty,
            @QueryValue @Nullable String cityProperty,
            @Body byte[] file) {
        BoundaryLayout layout = layout(preset, codeProperty, nameProperty, cityProperty);
        BoundaryFile boundaries = read(file);
        AreaLayerDefinition layer = new AreaLayerDefinition(
                code, name == null ? code : name, kind == null ? AreaLayerKind.OTHER : kind, false, null);
        ImportReport report = importer.importFeatures(layer, boundaries.features(), layout, done -> {});
        audit.recordAlone(
                Caller.of(authentication, request).actor(),
                "AREA_LAYER_IMPORTED",
                "AREA_LAYER",
                code,
                Map.of(
                        "replaced", report.replaced(),
                        "features", report.features(),
                        "areas", report.areas(),
                        "rejected", report.rejected().size()));
        return report;
    }

    private static BoundaryLayout layout(
            @Nullable String preset,
            @Nullable String codeProperty,
            @Nullable String nameProperty,
            @Nullable String cityProperty) {
        List<FieldError> errors = new ArrayList<>();
        if (preset != null && !preset.isBlank()) {
            Optional<BoundaryLayout> found = BoundaryLayout.preset(preset);
            if (found.isEmpty()) errors.add(new FieldError("preset", "INVALID_VALUE", "形式は N03、A27、A32 のどれかです"));
            RequestValidator.throwIfAny(errors);
            return found.orElseThrow();
        }
        if (isBlank(codeProperty)) errors.add(new FieldError("codeProperty", "REQUIRED", "コードの属性名を入力してください"));
        if (isBlank(nameProperty)) errors.add(new FieldError("nameProperty", "REQUIRED", "名前の属性名を入力してください"));
        RequestValidator.throwIfAny(errors);
        String codeName = codeProperty == null ? "" : codeProperty.strip();
        String nameList = nameProperty == null ? "" : nameProperty;
        List<String> names = List.of(nameList.split(",")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new BoundaryLayout(codeName, names, isBlank(cityProperty) ? null : cityProperty.strip());
    }

    private static BoundaryFile read(byte[] file) {
        try {
            return new BoundaryReader().read(new ByteArrayInputStream(file), null);
        } catch (IOException | RuntimeException e) {
            RequestValidator.throwIfAny(List.of(new FieldError("file", "INVALID_FORMAT", "GeoJSON として読めませんでした")));
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
