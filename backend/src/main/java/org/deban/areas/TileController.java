package org.deban.areas;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.deban.common.NotFoundException;

/**
 * Vector tiles at {@code /api/v1/tiles/{layer}/{z}/{x}/{y}.mvt}, {@code layer} = {@code areas} or
 * {@code places}. Each answer carries an ETag of its bytes, so a map revalidates cheaply and gets
 * 304 when nothing changed; a tile with nothing in it is 204 No Content.
 */
@Tag(name = "tiles")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/tiles")
@ExecuteOn(TaskExecutors.BLOCKING)
class TileController {
    static final String MVT = "application/vnd.mapbox-vector-tile";

    private final TileService tiles;

    TileController(TileService tiles) {
        this.tiles = tiles;
    }

    @Get(value = "/{layer}/{z}/{x}/{y}.mvt", produces = MVT)
    HttpResponse<byte[]> tile(HttpRequest<?> request, String layer, int z, int x, int y) {
        byte[] bytes = switch (layer) {
            case "areas" -> tiles.areas(z, x, y);
            case "places" -> tiles.places(z, x, y);
            default -> throw new NotFoundException("tile layer", layer);
        };
        // Places change as organisations edit them: a minute of caching, then revalidation by ETag.
        String cacheControl = "public, max-age=60, must-revalidate";
        if (bytes.length == 0) {
            return HttpResponse.<byte[]>status(HttpStatus.NO_CONTENT).header("Cache-Control", cacheControl);
        }
        String etag = "\"" + hash(bytes) + "\"";
        if (etag.equals(request.getHeaders().get("If-None-Match"))) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header("ETag", etag);
        }
        return HttpResponse.ok(bytes).contentType(MVT).header("ETag", etag).header("Cache-Control", cacheControl);
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
