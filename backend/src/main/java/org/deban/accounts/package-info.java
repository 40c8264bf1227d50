/**
 * Accounts (administrators, CSWs in teams, organisation members), their passwords and sign-in, and the audit log of
 * who did what.
 */
@NullMarked
package org.deban.accounts;

import org.jspecify.annotations.NullMarked;
