/**
 * Japanese address normalisation and offline matching of an address to a 町丁目 / 大字 (with 小字)
 * from a list of representative points, such as the Geolonia 住所データ town lists.
 */
@NullMarked
package org.deban.gis.address;

import org.jspecify.annotations.NullMarked;
