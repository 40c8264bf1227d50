/**
 * Consent per purpose and recipient, with how and when it was given and its withdrawal. A host or another team sees
 * a person's data only through one, and only the fields it names.
 */
@NullMarked
package org.deban.consent;

import org.jspecify.annotations.NullMarked;
