package org.deban.schedule;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A one-off cancellation (台風, 会場点検 …). The occurrences of that day stay visible, marked cancelled, because
 * residents who planned to go must be able to read why.
 *
 * @param reason readable by residents, e.g. 台風接近のため中止します
 */
@Serdeable
public record Cancellation(LocalDate date, String reason) {}
