/**
 * Persons supported by CSWs (要配慮個人情報): their profile, which teams see it, hand-over, retention and deletion, and
 * the 恩送り ledger. Held only in PostgreSQL; every read and change is audited.
 */
@NullMarked
package org.deban.people;

import org.jspecify.annotations.NullMarked;
