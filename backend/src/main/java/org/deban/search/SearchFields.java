package org.deban.search;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The names of every non-text field of the index, in one place (the text fields are in
 * {@link org.deban.search.text.TextField}). A document is an offer ({@code OFFER}) or a place
 * ({@code PLACE}); an offer's document carries its place's fields too.
 */
final class SearchFields {
    /** {@code offer:12} or {@code place:34}: the document's identity, for updates and deletes. */
    static final String KEY = "key";

    static final String DOC_TYPE = "doc_type";
    static final String OFFER_ID = "offer_id";
    static final String PLACE_ID = "place_id";
    static final String ORGANIZATION_ID = "organization_id";

    /** Where the public may see it: the place, or for a sensitive place its 地区's representative point. */
    static final String LOCATION = "location";

    /**
     * The place's own point as doc values, for ordering by distance: exact places only. A field of its own, because
     * Lucene wants every document's {@link #LOCATION} indexed the same way.
     */
    static final String EXACT_LOCATION = "exact_location";

    /**
     * {@link #LOCATION} again for the offers matching looks for beyond a person's reach: remote offers (within their
     * region) and those of sensitive places (whose indexed point is only their 地区's). A tree of their own, so those
     * wide circles visit only these few documents instead of every document within tens of kilometres.
     */
    static final String FAR_LOCATION = "far_location";

    /** True for sensitive places: never a distance, never ordered by distance. */
    static final String AREA_ONLY = "area_only";

    static final String AREA = "area";
    static final String KIND = "kind";
    static final String TYPE = "type";
    static final String MODE = "mode";
    static final String STATUS = "status";
    static final String ROLE_LEVEL = "role_level";
    static final String MIN_AGE = "min_age";
    static final String MAX_AGE = "max_age";
    static final String TAG = "tag";
    static final String ACCESS = "access";
    static final String WEEKDAY = "weekday";

    /** What taking part in an offer costs, in yen (0 = 無料). Offers only: a place has no cost of its own. */
    static final String COST_YEN = "cost_yen";

    /**
     * Occurrences of the coming 8 weeks as ranges of minutes in the week (Monday 00:00 = 0): points for searches over
     * any area, doc values ({@link SlotsWithinQuery}) for checking the few documents near a person.
     */
    static final String SLOT = "slot";

    /** Epoch second of the next occurrence, for sorting by next date. */
    static final String NEXT_START = "next_start";

    /** The next few occurrences, stored for display ({@code 2026-12-03 10:00-12:00}). */
    static final String NEXT_DATES = "next_dates";

    static final String TITLE = "title";
    static final String PLACE_NAME = "place_name";

    /** Facets are counted on these, all multi-valued but kind. */
    static final FacetsConfig FACETS = facets();

    private SearchFields() {}

    private static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(AREA, true);
        config.setMultiValued(WEEKDAY, true);
        config.setMultiValued(TAG, true);
        return config;
    }
}
