/** What the site itself serves: the single-page app, the API docs entry and the data credits. */
@NullMarked
package org.deban.web;

import org.jspecify.annotations.NullMarked;
