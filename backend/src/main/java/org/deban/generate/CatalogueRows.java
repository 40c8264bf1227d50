package org.deban.generate;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.deban.catalogue.offer.OfferMode;
import org.deban.catalogue.offer.OfferRequest;
import org.deban.catalogue.offer.TargetGroup;
import org.deban.catalogue.offer.Venue;
import org.deban.catalogue.organization.OrganizationKind;
import org.deban.catalogue.place.PlaceKind;
import org.deban.catalogue.place.PlaceStatus;
import org.deban.catalogue.place.Sensitivity;
import org.deban.catalogue.place.StaffPresence;
import org.deban.common.FieldError;
import org.deban.generate.Municipalities.Municipality;
import org.deban.schedule.Schedule;
import org.deban.schedule.ScheduleValidator;
import org.jspecify.annotations.Nullable;

/**
 * The invented organisations, places and offers of one batch, as COPY rows still without their ids (which are
 * reserved from the sequences when the batch is written). Each column list sits next to the code that fills it.
 */
final class CatalogueRows {
    static final String ORGANIZATION_COLUMNS = "name, kind, description, contact_person, contact_phone, contact_email";
    static final String PLACE_COLUMNS = "name, kind, description, address, lat, lon, floor, elevator, step_free,"
            + " accessible_toilet, parking, bus_stop_nearby, written_communication, tags, staff_presence, status,"
            + " status_note, sensitivity, last_confirmed_on, contact_person, contact_phone";
    static final String OFFER_COLUMNS = "title, description, type, mode, role_levels, strengths_wanted,"
            + " strength_tags, tags, capacity, open_slots, physical_load, trial_possible, min_age, max_age,"
            + " target_groups, residents_only, cost_yen, cost_note, paid, typical_headcount, venue_capacity,"
            + " venue_kitchen, venue_fee_yen, venue_fee_note, venue_equipment, schedule, occurrences_until";

    /** How often each kind is drawn: サロン are the most common 居場所, 会場 the rarest. */
    private static final List<PlaceKind> PLACE_KINDS = draw(
            PlaceKind.SALON, 30,
            PlaceKind.GATHERING_PLACE, 15,
            PlaceKind.COMMUNITY_DINER, 12,
            PlaceKind.FREE_SPACE, 12,
            PlaceKind.COMMUNITY_HALL, 10,
            PlaceKind.WELFARE_FACILITY, 10,
            PlaceKind.OFFICE, 7,
            PlaceKind.VENUE, 4);

    private static final List<OrganizationKind> ORGANIZATION_KINDS = draw(
            OrganizationKind.RESIDENT_GROUP, 35,
            OrganizationKind.NPO, 20,
            OrganizationKind.SOCIAL_WELFARE_CORPORATION, 15,
            OrganizationKind.SOCIAL_WELFARE_COUNCIL, 10,
            OrganizationKind.GOVERNMENT, 8,
            OrganizationKind.COMPANY, 8,
            OrganizationKind.INDIVIDUAL, 4);

    /** How many places one organisation runs, on average. */
    static final int PLACES_PER_ORGANIZATION = 3;

    record Point(double lon, double lat) {}

    /** @param organization index into {@link #organizations} */
    record PlaceRow(int organization, Object[] columns) {}

    /** @param place index into {@link #places} */
    record OfferRow(
            int place,
            Object[] columns,
            Schedule schedule,
            @Nullable Integer typicalHeadcount) {}

    final List<Object[]> organizations = new ArrayList<>();
    final List<PlaceRow> places = new ArrayList<>();
    final List<OfferRow> offers = new ArrayList<>();

    private final Vocabulary vocabulary;
    private final List<String> tags;
    private final JsonMapper json;
    private final LocalDate today;
    private final LocalDate windowEnd;
    private final Random random;

    CatalogueRows(
            Vocabulary vocabulary,
            List<String> tags,
            JsonMapper json,
            LocalDate today,
            LocalDate windowEnd,
            Random random) {
        this.vocabulary = vocabulary;
        this.tags = tags;
        this.json = json;
        this.today = today;
        this.windowEnd = windowEnd;
        this.random = random;
    }

    /** Adds the municipality's places at the given points, one organisation per three of them, 1–3 offers each. */
    void add(Municipality m, List<Point> points) {
        int firstOrganization = organizations.size();
        for (int i = 0; i < points.size(); i += PLACES_PER_ORGANIZATION) organizations.add(organization(m));
        for (int i = 0; i < points.size(); i++) {
            PlaceKind kind = Vocabulary.pick(PLACE_KINDS, random);
            places.add(new PlaceRow(firstOrganization + i / PLACES_PER_ORGANIZATION, place(m, kind, points.get(i))));
            int placeIndex = places.size() - 1;
            int offerCount = 1 + random.nextInt(3);
            for (int j = 0; j < offerCount; j++) {
                offers.add(offer(placeIndex, vocabulary.offer(kind, random)));
            }
        }
    }

    void clear() {
        organizations.clear();
        places.clear();
        offers.clear();
    }

    private Object[] organization(Municipality m) {
        OrganizationKind kind = Vocabulary.pick(ORGANIZATION_KINDS, random);
        String town = Vocabulary.pick(Vocabulary.TOWNS, random);
        return new Object[] {
            vocabulary.organizationName(kind, town, m.name(), random),
            kind.name(),
            vocabulary.organizationDescription(kind, town, m.name()),
            Vocabulary.contactPerson(random),
            phone(),
            "info" + (1000 + random.nextInt(9000)) + "@example.jp"
        };
    }

    private Object[] place(Municipality m, PlaceKind kind, Point point) {
        String town = Vocabulary.pick(Vocabulary.TOWNS, random);
        int status = random.nextInt(100);
        return new Object[] {
            vocabulary.placeName(kind, town, m.name(), random),
            kind.name(),
            vocabulary.placeDescription(kind, town, m.name()),
            Vocabulary.address(m.prefecture(), m.name(), town, random),
            point.lat(),
            point.lon(),
            random.nextInt(4) == 0 ? 2 : 1,
            random.nextBoolean(),
            random.nextBoolean(),
            random.nextBoolean(),
            random.nextInt(3) > 0,
            random.nextBoolean(),
            random.nextInt(4) == 0,
            someTags(random.nextInt(4)),
            StaffPresence.values()[random.nextInt(StaffPresence.values().length)].name(),
            (status < 90 ? PlaceStatus.ACTIVE : status < 96 ? PlaceStatus.PAUSED : PlaceStatus.ENDED).name(),
            status < 90 ? null : status < 96 ? "会場の改修のため、しばらくお休みしています。" : "活動を終了しました。",
            (random.nextInt(100) < 5 ? Sensitivity.AREA_ONLY : Sensitivity.EXACT).name(),
            today.minusDays(random.nextInt(731)),
            Vocabulary.contactPerson(random),
            phone()
        };
    }

    private OfferRow offer(int placeIndex, Vocabulary.OfferTemplate template) {
        OfferRequest t = template.offer();
        Integer headcount = t.typicalHeadcount() == null ? null : vary(t.typicalHeadcount());
        Integer capacity = t.capacity() == null ? null : vary(t.capacity());
        Integer openSlots = t.openSlots();
        if (capacity != null && openSlots != null) openSlots = random.nextInt(capacity + 1);
        Set<String> offerTags = new LinkedHashSet<>(t.tags() == null ? List.of() : t.tags());
        if (random.nextInt(10) < 3) offerTags.addAll(someTags(1));
        Venue venue = t.venue();
        Schedule schedule = ScheduleMaker.make(template.start(), template.end(), today, windowEnd, random);
        List<FieldError> errors = ScheduleValidator.validate(schedule);
        if (!errors.isEmpty()) throw new IllegalStateException("generated an invalid schedule: " + errors);
        Object[] columns = {
            t.title(),
            t.description(),
            t.type().name(),
            (t.mode() == null ? OfferMode.ON_SITE : t.mode()).name(),
            t.roleLevels() == null ? List.of() : t.roleLevels(),
            t.strengthsWanted(),
            t.strengthTags() == null ? List.of() : t.strengthTags(),
            offerTags,
            capacity,
            openSlots,
            t.physicalLoad() == null ? null : t.physicalLoad().name(),
            Boolean.TRUE.equals(t.trialPossible()),
            t.minAge(),
            t.maxAge(),
            t.targetGroups() == null
                    ? List.of()
                    : t.targetGroups().stream().map(TargetGroup::name).toList(),
            Boolean.TRUE.equals(t.residentsOnly()),
            t.costYen() == null ? 0 : t.costYen(),
            t.costNote(),
            Boolean.TRUE.equals(t.paid()),
            headcount,
            venue == null ? null : vary(venue.capacity()),
            venue == null ? null : Boolean.TRUE.equals(venue.kitchen()),
            venue == null ? null : venue.feeYen(),
            venue == null ? null : venue.feeNote(),
            venue == null ? null : venue.equipment(),
            toJson(schedule),
            windowEnd
        };
        return new OfferRow(placeIndex, columns, schedule, headcount);
    }

    /** Up to {@code n} distinct codes of the tag vocabulary. */
    private List<String> someTags(int n) {
        Set<String> picked = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) picked.add(Vocabulary.pick(tags, random));
        return List.copyOf(picked);
    }

    /** The demo's number give or take 40 %, never below 1 (0 stays 0). */
    private int vary(int n) {
        if (n == 0) return 0;
        return Math.max(1, (int) Math.round(n * (0.6 + 0.8 * random.nextDouble())));
    }

    /** A made-up number like the demo's (0587-00-1001): the 00 exchange keeps it from ringing anyone. */
    private String phone() {
        return "0" + (100 + random.nextInt(900)) + "-00-" + (1000 + random.nextInt(9000));
    }

    private String toJson(Schedule schedule) {
        try {
            return json.writeValueAsString(schedule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list to draw from where each value appears as often as its weight. */
    private static <T> List<T> draw(Object... valuesAndWeights) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            @SuppressWarnings("unchecked")
            T value = (T) valuesAndWeights[i];
            list.addAll(Collections.nCopies((Integer) valuesAndWeights[i + 1], value));
        }
        return List.copyOf(list);
    }
}
