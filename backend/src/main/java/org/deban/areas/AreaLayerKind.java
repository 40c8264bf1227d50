package org.deban.areas;

/** What an area layer is, so features can pick the right one (e.g. sensitive places use {@link #DISTRICT}). */
public enum AreaLayerKind {
    /** 市区町村. */
    MUNICIPALITY,
    /** 圏域 (日常生活圏域, 福祉圏域). */
    SPHERE,
    /** 地区: the city's coarse named areas (旧町, 地区社協, 連区); where area-only places are shown. */
    DISTRICT,
    /** 小学校区・中学校区. */
    SCHOOL_DISTRICT,
    /** 町丁目・大字. */
    CHOME,
    OTHER;

    /** The kinds that may tell the public where a sensitive place is: no finer than a 地区. */
    public static final java.util.Set<AreaLayerKind> COARSE = java.util.EnumSet.of(MUNICIPALITY, SPHERE, DISTRICT);

    /** {@link #COARSE} as an SQL list, for queries that apply the same rule. */
    public static final String COARSE_SQL = "('MUNICIPALITY', 'SPHERE', 'DISTRICT')";
}
