/**
 * Imports of the lists organisations and cities already keep (CSV or Excel): Deban's own template,
 * the 自治体標準オープンデータセット 公共施設一覧 and the 子ども食堂一覧 that municipalities publish.
 * Each row becomes a place with one offer, written through the catalogue's own services; the
 * import keeps what it made so that it can be undone.
 */
@NullMarked
package org.deban.interop;

import org.jspecify.annotations.NullMarked;
