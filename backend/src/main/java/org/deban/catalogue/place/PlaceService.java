package org.deban.catalogue.place;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.deban.accounts.Caller;
import org.deban.accounts.Role;
import org.deban.areas.AreaLayerKind;
import org.deban.areas.AreaRef;
import org.deban.areas.PlaceAreas;
import org.deban.catalogue.Location;
import org.deban.catalogue.organization.OrganizationService;
import org.deban.catalogue.tag.TagService;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.Outbox;
import org.deban.common.PageResponse;
import org.deban.common.RequestValidator;
import org.deban.gis.JapanBounds;
import org.jspecify.annotations.Nullable;

@Singleton
public class PlaceService {
    private final PlaceRepository repository;
    private final OrganizationService organizations;
    private final TagService tags;
    private final Outbox outbox;
    private final PlaceAreas placeAreas;
    private final RequestValidator requests;
    private final Clock clock;
    private final int staleAfterDays;

    PlaceService(
            PlaceRepository repository,
            OrganizationService organizations,
            TagService tags,
            Outbox outbox,
            PlaceAreas placeAreas,
            RequestValidator requests,
            Clock clock,
            @Property(name = "deban.catalogue.stale-after-days") int staleAfterDays) {
        this.repository = repository;
        this.organizations = organizations;
        this.tags = tags;
        this.outbox = outbox;
        this.placeAreas = placeAreas;
        this.requests = requests;
        this.clock = clock;
        this.staleAfterDays = staleAfterDays;
    }

    /** Filters of the place list; null means "any". */
    public record Filter(
            @Nullable PlaceKind kind,
            @Nullable PlaceStatus status,
            @Nullable Long organizationId,
            @Nullable Long areaId,
            boolean staleOnly,
            Viewer viewer) {}

    /**
     * Who is looking, as far as places care. ENDED places are not shown to the public (a place that stopped is not
     * somewhere to go): administrators see all, an organisation member their own. A sensitive place's exact point and
     * address are shown to administrators, CSWs and its own organisation; everyone else sees its 地区 only.
     */
    public record Viewer(boolean administrator, @Nullable Long organizationId, boolean csw) {
        public static final Viewer PUBLIC = new Viewer(false, null, false);
        public static final Viewer ADMINISTRATOR = new Viewer(true, null, false);

        public static Viewer of(Caller caller) {
            if (caller.role() == null) return PUBLIC;
            return new Viewer(caller.isAdmin(), caller.organizationId(), caller.role() == Role.CSW);
        }

        boolean shows(Place place) {
            return shows(place.status(), place.organizationId());
        }

        public boolean shows(PlaceRef place) {
            return shows(place.status(), place.organizationId());
        }

        private boolean shows(PlaceStatus status, long organization) {
            return status != PlaceStatus.ENDED || administrator || owns(organization);
        }

        boolean seesExact(Place place) {
            return administrator || csw || owns(place.organizationId());
        }

        private boolean owns(long organization) {
            return organizationId != null && organizationId == organization;
        }
    }

    @Transactional
    public PlaceResponse create(PlaceRequest request) {
        validate(request);
        LocalDate confirmed = request.lastConfirmedOn() == null ? today() : request.lastConfirmedOn();
        Place saved = repository.save(Place.from(null, request, confirmed, null));
        placeAreas.assign(saved.id());
        outbox.append(Outbox.EntityType.PLACE, saved.id());
        return view(saved);
    }

    @Transactional
    public PlaceResponse update(long id, PlaceRequest request) {
        Place existing = find(id);
        validate(request);
        LocalDate confirmed =
                request.lastConfirmedOn() == null ? existing.lastConfirmedOn() : request.lastConfirmedOn();
        Place saved = repository.update(Place.from(id, request, confirmed, existing.createdAt()));
        placeAreas.assign(id);
        outbox.append(Outbox.EntityType.PLACE, id);
        return view(saved);
    }

    /** Removes a place whose offers are gone (an undone import); its area assignments go with it. */
    @Transactional
    public void delete(long id) {
        repository.deleteById(id);
        outbox.append(Outbox.EntityType.PLACE, id);
    }

    /** まだ正しいですか？ — "yes": only the last-confirmed date changes. */
    @Transactional
    public PlaceResponse confirm(long id) {
        Place saved = repository.update(find(id).confirmedOn(today()));
        outbox.append(Outbox.EntityType.PLACE, id);
        return view(saved);
    }

    /** A place as the caller may see it: an ENDED place they may not see does not exist for them. */
    @Transactional(readOnly = true)
    public PlaceResponse get(long id, Viewer viewer) {
        Place place = find(id);
        if (!viewer.shows(place)) throw new NotFoundException("place", id);
        return view(place, viewer);
    }

    /** Places by id, in the order given (ids that do not exist are skipped). */
    @Transactional(readOnly = true)
    public List<PlaceResponse> getAll(List<Long> ids) {
        Map<Long, Place> byId = repository.findByIdIn(ids).stream().collect(Collectors.toMap(Place::id, p -> p));
        Map<Long, List<AreaRef>> areas = placeAreas.of(ids);
        return ids.stream()
                .filter(byId::containsKey)
                .map(id -> view(byId.get(id), areas.getOrDefault(id, List.of()), Viewer.PUBLIC))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PlaceRef> ref(long id) {
        return repository.findById(id).map(Place::toRef);
    }

    /** The places behind a page of offers, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, PlaceRef> refs(Collection<Long> ids) {
        return repository.findByIdIn(ids).stream().collect(Collectors.toMap(Place::id, Place::toRef));
    }

    @Transactional(readOnly = true)
    public PageResponse<PlaceResponse> list(Filter filter, Pageable pageable) {
        Page<Place> page = repository.list(
                filter.kind() == null ? null : filter.kind().name(),
                filter.status() == null ? null : filter.status().name(),
                filter.organizationId(),
                filter.staleOnly() ? staleBefore() : null,
                filter.areaId(),
                filter.viewer().administrator(),
                filter.viewer().organizationId(),
                pageable);
        Map<Long, List<AreaRef>> areas =
                placeAreas.of(page.getContent().stream().map(Place::id).toList());
        return PageResponse.of(page, place -> view(place, areas.getOrDefault(place.id(), List.of()), filter.viewer()));
    }

    private Place find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("place", id));
    }

    /** What a write returns: its author edits the place, so sees it whole. */
    private PlaceResponse view(Place place) {
        return view(place, Viewer.ADMINISTRATOR);
    }

    private PlaceResponse view(Place place, Viewer viewer) {
        return view(place, placeAreas.of(List.of(place.id())).getOrDefault(place.id(), List.of()), viewer);
    }

    private PlaceResponse view(Place place, List<AreaRef> areas, Viewer viewer) {
        boolean exact = place.sensitivity() == Sensitivity.EXACT || viewer.seesExact(place);
        // The public view of a sensitive place names no area finer than its 地区.
        List<AreaRef> shown = exact
                ? areas
                : areas.stream()
                        .filter(a -> AreaLayerKind.COARSE.contains(a.kind()))
                        .toList();
        return place.toResponse(shown, place.lastConfirmedOn().isBefore(staleBefore()), exact);
    }

    private LocalDate staleBefore() {
        return today().minusDays(staleAfterDays);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A place must lie in Japan; a swapped latitude and longitude is the usual mistake, so say so. */
    private static List<FieldError> locationErrors(double lat, double lon) {
        if (JapanBounds.looksSwapped(lat, lon)) {
            return List.of(new FieldError("location", "OUT_OF_RANGE", "緯度と経度が逆になっているようです"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (lat < JapanBounds.MIN_LAT || lat > JapanBounds.MAX_LAT) {
            errors.add(new FieldError("location.lat", "OUT_OF_RANGE", "日本国内の緯度（20〜46）を指定してください"));
        }
        if (lon < JapanBounds.MIN_LON || lon > JapanBounds.MAX_LON) {
            errors.add(new FieldError("location.lon", "OUT_OF_RANGE", "日本国内の経度（122〜154）を指定してください"));
        }
        return errors;
    }

    private void validate(PlaceRequest request) {
        List<FieldError> errors = requests.check(request);
        if (request.organizationId() != null && !organizations.exists(request.organizationId())) {
            errors.add(new FieldError("organizationId", "NOT_FOUND", "団体 " + request.organizationId() + " は存在しません"));
        }
        Location location = request.location();
        if (location != null && location.lat() != null && location.lon() != null) {
            errors.addAll(locationErrors(location.lat(), location.lon()));
        }
        if (request.lastConfirmedOn() != null && request.lastConfirmedOn().isAfter(today())) {
            errors.add(new FieldError("lastConfirmedOn", "OUT_OF_RANGE", "確認日に未来の日付は指定できません"));
        }
        errors.addAll(tags.unknownCodes("tags", request.tagsOrEmpty()));
        RequestValidator.throwIfAny(errors);
    }
}
