package org.deban.gis.travel;

/**
 * How a person gets somewhere, with the figures the straight-line estimate uses. Every figure is an
 * average for everyday trips in a Japanese town; a frail or elderly person may well be slower.
 *
 * <p>The detour factor (circuity: route length ÷ straight-line distance) turns the straight line
 * into a route length. Measured road networks give about 1.2 for urban trips (Newell 1980;
 * O'Sullivan 1996 found 1.21–1.23 around transit stations); Ballou, Rahardja &amp; Sakai 2002
 * ("Selected country circuity factors for road travel distance estimation", Transportation
 * Research Part A 36(9)) compare such factors by country, and Kim et al. 2015 (J. Korean Society
 * of Agricultural Engineers 57(4)) found 1.26 for Korea and a higher factor for Japan. We use 1.3
 * for walking, cycling and driving, and 1.4 for buses, whose routes also wind between stops.
 */
public enum TravelMode {
    /**
     * 徒歩: 4.8 km/h, the 80 m per minute of 不動産の表示に関する公正競争規約施行規則, the figure
     * behind every "駅徒歩5分" people know, rounded up to the minute as it does. Pedestrian signals
     * assume 1.0 m/s (3.6 km/h); many older people walk slower still, about 3 km/h.
     */
    WALK("徒歩", 4.8, 1.3, 0),

    /**
     * 自転車: 12 km/h. 国土技術政策総合研究所 (山本・大脇・上坂 2011, 「自転車の走行空間等の違いによる
     * 旅行速度の差異に関する分析」) measured 14.5 km/h on carriageways and 11.6 km/h on the shared
     * footways (自転車歩行者道) where most Japanese everyday cycling happens; 16.8 km/h unhindered.
     */
    BICYCLE("自転車", 12.0, 1.3, 0),

    /**
     * バス: 15 km/h in the vehicle, the usual average of town bus routes (published timetables give
     * roughly 11–19 km/h; e.g. 都営バス 都07 12.7–16.8 km/h), plus 15 minutes for walking to and from
     * the stops (a stop's catchment is commonly 300 m, about 4 minutes each way) and waiting. Where a
     * コミュニティバス runs once an hour, the real wait is longer: this is a best case.
     */
    BUS("バス", 15.0, 1.4, 15),

    /**
     * 車: 30 km/h, between the average travel speed of 21.0 km/h in 人口集中地区 (道路交通センサス
     * 2005) and the 35.1 km/h of all roads at busy times (道路交通センサス 2010), plus 5 minutes to
     * park and walk to the door.
     */
    CAR("車", 30.0, 1.3, 5);

    private final String label;
    private final double speedKmh;
    private final double detourFactor;
    private final int overheadMinutes;

    TravelMode(String label, double speedKmh, double detourFactor, int overheadMinutes) {
        this.label = label;
        this.speedKmh = speedKmh;
        this.detourFactor = detourFactor;
        this.overheadMinutes = overheadMinutes;
    }

    /** The Japanese word shown to people: 徒歩, 自転車, バス, 車. */
    public String label() {
        return label;
    }

    /** Average speed while moving, in km/h. */
    public double speedKmh() {
        return speedKmh;
    }

    /** Route length ÷ straight-line distance. */
    public double detourFactor() {
        return detourFactor;
    }

    /** Minutes spent regardless of distance: getting to the bus stop and waiting, parking. */
    public int overheadMinutes() {
        return overheadMinutes;
    }
}
