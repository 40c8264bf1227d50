package org.deban.gis.address;

/** How precisely an address was placed, from finest to none. */
public enum MatchLevel {
    /**
     * 町丁目: the lowest unit the town list has for the place — a 丁目 ("池部町一丁目"), a 町 or 大字
     * without 丁目 ("横地町"), or a 小字 row of one ("池部町" + "向丁長").
     */
    CHOME,
    /** 大字・町: a town that is divided into 丁目, named without a 丁目 the list has. */
    OAZA,
    /** 市区町村: the city was recognised, the town was not. */
    MUNICIPALITY,
    /** Not even the city was recognised. */
    NONE
}
