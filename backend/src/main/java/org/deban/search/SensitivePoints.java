package org.deban.search;

import jakarta.inject.Singleton;
import java.util.List;
import org.deban.catalogue.Location;
import org.deban.catalogue.place.PlaceResponse;
import org.deban.catalogue.place.PlaceService;
import org.deban.catalogue.place.PlaceService.Viewer;
import org.deban.common.NotFoundException;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The index holds a sensitive place only at its 地区's representative point, for everyone. Administrators, CSWs and
 * the place's own organisation may see where it really is: for them, such hits get the point (and the distance)
 * from the database, as the place API shows them. The order stays the index's: sensitive places are never ordered
 * by distance in a list that anyone shares.
 */
@Singleton
class SensitivePoints {
    private final PlaceService places;

    SensitivePoints(PlaceService places) {
        this.places = places;
    }

    SearchResponse forViewer(SearchResponse response, Viewer viewer, @Nullable GeoPoint near) {
        if (!viewer.administrator() && !viewer.csw() && viewer.organizationId() == null) return response;
        if (response.items().stream().noneMatch(SearchResponse.Hit::areaOnly)) return response;
        List<SearchResponse.Hit> hits = response.items().stream()
                .map(h -> h.areaOnly() ? exact(h, viewer, near) : h)
                .toList();
        return new SearchResponse(hits, response.total(), response.page(), response.size(), response.facets());
    }

    private SearchResponse.Hit exact(SearchResponse.Hit hit, Viewer viewer, @Nullable GeoPoint near) {
        PlaceResponse place;
        try {
            place = places.get(hit.placeId(), viewer);
        } catch (NotFoundException e) {
            return hit;
        }
        Location at = place.location();
        if (at == null || at.equals(hit.location())) return hit;
        Double distance = near == null ? null : Math.round(near.distanceKm(at.toGeoPoint()) * 100) / 100.0;
        return new SearchResponse.Hit(
                hit.type(),
                hit.offerId(),
                hit.placeId(),
                hit.title(),
                hit.placeName(),
                hit.kind(),
                hit.offerType(),
                hit.mode(),
                hit.status(),
                hit.areaOnly(),
                at,
                distance,
                hit.nextDates(),
                hit.snippet(),
                hit.score());
    }
}
