package org.deban.catalogue.offer;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.deban.catalogue.place.PlaceRef;
import org.deban.catalogue.place.PlaceService;
import org.deban.catalogue.place.PlaceStatus;
import org.deban.catalogue.tag.TagService;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.Outbox;
import org.deban.common.PageResponse;
import org.deban.common.RequestValidator;
import org.deban.schedule.Occurrence;
import org.deban.schedule.ScheduleService;
import org.jspecify.annotations.Nullable;

@Singleton
public class OfferService {
    /** How many coming dates an offer shows in the API. */
    private static final int NEXT_DATES = 3;
    /** A year and a bit: enough for any calendar view, small enough to answer fast. */
    private static final int MAX_OCCURRENCE_DAYS = 400;

    private final OfferRepository repository;
    private final PlaceService places;
    private final TagService tags;
    private final ScheduleService schedules;
    private final Outbox outbox;
    private final RequestValidator requests;

    OfferService(
            OfferRepository repository,
            PlaceService places,
            TagService tags,
            ScheduleService schedules,
            Outbox outbox,
            RequestValidator requests) {
        this.repository = repository;
        this.places = places;
        this.tags = tags;
        this.schedules = schedules;
        this.outbox = outbox;
        this.requests = requests;
    }

    /** Filters of the offer list; null means "any". */
    public record Filter(
            @Nullable OfferType type,
            @Nullable OfferMode mode,
            @Nullable Long placeId,
            @Nullable Long organizationId,
            @Nullable PlaceStatus placeStatus,
            @Nullable Long areaId,
            PlaceService.Viewer viewer) {}

    @Transactional
    public OfferResponse create(OfferRequest request) {
        PlaceRef place = validate(request);
        Offer saved = repository.save(Offer.from(null, request, null));
        afterWrite(saved);
        return view(saved, place);
    }

    @Transactional
    public OfferResponse update(long id, OfferRequest request) {
        Offer existing = find(id);
        PlaceRef place = validate(request);
        Offer saved = repository.update(Offer.from(id, request, existing.createdAt()));
        afterWrite(saved);
        return view(saved, place);
    }

    /** Removes an offer and its dates (an undone import); referrals to it must not exist. */
    @Transactional
    public void delete(long id) {
        repository.deleteById(id);
        outbox.append(Outbox.EntityType.OFFER, id);
    }

    /** The place an offer belongs to (whose organisation may edit it). */
    @Transactional(readOnly = true)
    public long placeOf(long id) {
        return find(id).placeId();
    }

    /** An offer as the caller may see it: one at an ENDED place they may not see does not exist for them. */
    @Transactional(readOnly = true)
    public OfferResponse get(long id, PlaceService.Viewer viewer) {
        Offer offer = find(id);
        PlaceRef place = places.ref(offer.placeId()).orElseThrow();
        if (!viewer.shows(place)) throw new NotFoundException("offer", id);
        return view(offer, place);
    }

    @Transactional(readOnly = true)
    public PageResponse<OfferResponse> list(Filter f, Pageable pageable) {
        var page = repository.list(
                f.type() == null ? null : f.type().name(),
                f.mode() == null ? null : f.mode().name(),
                f.placeId(),
                f.organizationId(),
                f.placeStatus() == null ? null : f.placeStatus().name(),
                f.areaId(),
                f.viewer().administrator(),
                f.viewer().organizationId(),
                pageable);
        Map<Long, PlaceRef> refs = places.refs(
                page.getContent().stream().map(Offer::placeId).distinct().toList());
        return PageResponse.of(page, o -> view(o, refs.get(o.placeId())));
    }

    /**
     * The offer's dates in a window (default: the coming 8 weeks from today), expanded from its
     * rule with Japan's holidays and the offer's closures.
     */
    @Transactional(readOnly = true)
    public List<Occurrence> occurrences(long id, @Nullable LocalDate from, @Nullable LocalDate to) {
        Offer offer = find(id);
        LocalDate start = from == null ? schedules.today() : from;
        LocalDate end = to == null ? start.plusWeeks(8).minusDays(1) : to;
        List<FieldError> errors = new ArrayList<>();
        if (end.isBefore(start)) errors.add(new FieldError("to", "OUT_OF_RANGE", "終了日は開始日以降にしてください"));
        if (start.plusDays(MAX_OCCURRENCE_DAYS).isBefore(end)) {
            errors.add(new FieldError("to", "OUT_OF_RANGE", "期間は " + MAX_OCCURRENCE_DAYS + " 日以内にしてください"));
        }
        RequestValidator.throwIfAny(errors);
        return schedules.between(offer.schedule(), offer.typicalHeadcount(), start, end);
    }

    /** The offer as an iCalendar feed; the place's name only, never a sensitive place's address. */
    @Transactional(readOnly = true)
    public String icalendar(long id) {
        Offer offer = find(id);
        PlaceRef place = places.ref(offer.placeId()).orElseThrow();
        return schedules.icalendar("offer-" + id + "@deban", offer.title(), place.name(), offer.schedule());
    }

    private void afterWrite(Offer saved) {
        schedules.materialise(saved.id(), saved.schedule(), saved.typicalHeadcount());
        outbox.append(Outbox.EntityType.OFFER, saved.id());
    }

    private Offer find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("offer", id));
    }

    private OfferResponse view(Offer o, PlaceRef place) {
        return new OfferResponse(
                o.id(),
                o.placeId(),
                place.name(),
                place.status(),
                o.title(),
                o.description(),
                o.type(),
                o.mode(),
                List.of(o.roleLevels()),
                o.strengthsWanted(),
                List.of(o.strengthTags()),
                List.of(o.tags()),
                o.capacity(),
                o.openSlots(),
                o.physicalLoad(),
                o.trialPossible(),
                o.minAge(),
                o.maxAge(),
                o.targetGroupList(),
                o.residentsOnly(),
                o.costYen(),
                o.costNote(),
                o.paid(),
                o.typicalHeadcount(),
                o.venue(),
                o.schedule(),
                schedules.describe(o.schedule()),
                schedules.next(o.schedule(), o.typicalHeadcount(), NEXT_DATES),
                schedules.openingHours(o.schedule()).orElse(null),
                o.updatedAt());
    }

    /** Rules beyond single fields; returns the offer's place when all is well. */
    private PlaceRef validate(OfferRequest r) {
        List<FieldError> errors = requests.check(r);
        PlaceRef place = r.placeId() == null ? null : places.ref(r.placeId()).orElse(null);
        if (r.placeId() != null && place == null) {
            errors.add(new FieldError("placeId", "NOT_FOUND", "場所 " + r.placeId() + " は存在しません"));
        }
        if (r.capacity() != null && r.openSlots() != null && r.openSlots() > r.capacity()) {
            errors.add(new FieldError("openSlots", "OUT_OF_RANGE", "空き枠は定員以下にしてください"));
        }
        if (r.minAge() != null && r.maxAge() != null && r.minAge() > r.maxAge()) {
            errors.add(new FieldError("maxAge", "OUT_OF_RANGE", "上限年齢は下限年齢以上にしてください"));
        }
        if (r.type() == OfferType.VENUE && r.venue() == null) {
            errors.add(new FieldError("venue", "REQUIRED", "会場提供には会場の情報（定員・台所・利用料）が必要です"));
        }
        if (r.type() != OfferType.VENUE && r.venue() != null) {
            errors.add(new FieldError("venue", "INVALID_VALUE", "会場の情報は会場提供（VENUE）にだけ指定できます"));
        }
        errors.addAll(tags.unknownCodes("tags", OfferRequest.orEmpty(r.tags())));
        if (r.schedule() != null) errors.addAll(schedules.validate(r.schedule()));
        RequestValidator.throwIfAny(errors);
        return Objects.requireNonNull(place);
    }
}
