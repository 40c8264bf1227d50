package org.deban.matching.venue;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deban.accounts.Caller;
import org.deban.accounts.Role;
import org.deban.common.AuditLog;
import org.deban.common.FieldError;
import org.deban.common.ForbiddenException;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.ValidationException;
import org.deban.matching.OfferFacts;
import org.deban.matching.OfferFactsStore;
import org.deban.matching.WhyNot;

/**
 * Venue requests (会場探し) and the venues that fit them. Who may do what: CSWs and administrators register requests
 * (for a group, optionally naming its organisation) and read every request; an organisation member registers
 * requests for their own organisation and reads only those. A request holds no person data, so reading it is not
 * audited; creating it is.
 */
@Singleton
public class VenueRequestService {
    private final VenueRequestStore store;
    private final VenueRequestValidator validator;
    private final VenueCandidates candidates;
    private final OfferFactsStore facts;
    private final VenueMatcher matcher;
    private final AuditLog audit;
    private final Clock clock;

    VenueRequestService(
            VenueRequestStore store,
            VenueRequestValidator validator,
            VenueCandidates candidates,
            OfferFactsStore facts,
            VenueMatcher matcher,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.validator = validator;
        this.candidates = candidates;
        this.facts = facts;
        this.matcher = matcher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public VenueRequestView create(VenueRequestInput request, Caller caller) {
        Long organization = request.organizationId();
        if (caller.role() == Role.ORG_MEMBER) {
            if (caller.organizationId() == null
                    || (organization != null && !organization.equals(caller.organizationId()))) {
                throw new ForbiddenException("自分の団体の会場探しだけを登録できます");
            }
            organization = caller.organizationId();
        }
        List<FieldError> errors = validator.errors(request);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        long id = store.insert(request, organization, caller.accountId());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("groupSize", request.groupSize());
        detail.put("kitchenNeeded", Boolean.TRUE.equals(request.kitchenNeeded()));
        if (organization != null) detail.put("organizationId", organization);
        audit.record(caller.actor(), "VENUE_REQUEST_CREATED", "VENUE_REQUEST", Long.toString(id), detail);
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public VenueRequestView get(long id, Caller caller) {
        return readable(id, caller);
    }

    /** Every request for CSWs and administrators; an organisation member's own organisation's. */
    @Transactional(readOnly = true)
    public PageResponse<VenueRequestView> list(Caller caller, PageRequest paging) {
        Long organization = switch (caller.role()) {
            case CSW, ADMIN -> null;
            case ORG_MEMBER -> {
                if (caller.organizationId() == null) throw new ForbiddenException("団体に属していません");
                yield caller.organizationId();
            }
            case null -> throw new ForbiddenException("サインインが必要です");
        };
        int size = paging.sizeOrDefault();
        return new PageResponse<>(
                store.list(organization, paging.pageOrDefault() * size, size),
                store.count(organization),
                paging.pageOrDefault(),
                size);
    }

    /**
     * The venues in the request's area or radius that fit it, best first, with their reasons; the ones that do not,
     * with what keeps each out.
     */
    @Transactional(readOnly = true)
    public VenueMatchResult matches(long id, Caller caller, PageRequest paging) {
        VenueRequestView request = readable(id, caller);
        boolean staff = caller.role() == Role.CSW || caller.role() == Role.ADMIN;
        Map<Long, VenueCandidates.Candidate> found = new HashMap<>();
        for (var c : candidates.find(request, new VenueCandidates.Viewer(staff, caller.organizationId()))) {
            found.put(c.offerId(), c);
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, OfferFacts> known = facts.load(found.keySet(), today, today.plusWeeks(8));
        List<VenueProposal> proposals = new ArrayList<>();
        List<WhyNot> excluded = new ArrayList<>();
        for (OfferFacts o : known.values()) {
            VenueMatcher.Fit fit = matcher.check(request, o);
            if (fit.fits()) proposals.add(matcher.propose(request, o, found.get(o.offerId()), fit, today));
            else excluded.add(new WhyNot(o.offerId(), o.title(), false, fit.exclusions(), List.of()));
        }
        // Ties break by id, never by distance: a sensitive venue must not be ranked by where it really is.
        proposals.sort(
                Comparator.comparingDouble(VenueProposal::score).reversed().thenComparingLong(VenueProposal::offerId));
        excluded.sort(Comparator.comparingLong(WhyNot::offerId));
        int size = paging.sizeOrDefault();
        int from = (int) Math.min((long) paging.pageOrDefault() * size, proposals.size());
        return new VenueMatchResult(
                List.copyOf(proposals.subList(from, Math.min(from + size, proposals.size()))),
                proposals.size(),
                paging.pageOrDefault(),
                size,
                excluded);
    }

    /** The request, when the caller may read it: staff always, an organisation member for their organisation's. */
    private VenueRequestView readable(long id, Caller caller) {
        VenueRequestView request = store.find(id).orElseThrow(() -> new NotFoundException("venue-request", id));
        if (caller.role() == Role.CSW || caller.role() == Role.ADMIN) return request;
        if (caller.role() == Role.ORG_MEMBER
                && caller.organizationId() != null
                && caller.organizationId().equals(request.organizationId())) {
            return request;
        }
        throw new ForbiddenException("この会場探しを見る権限がありません");
    }
}
