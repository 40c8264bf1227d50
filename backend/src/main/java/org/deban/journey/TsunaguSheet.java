package org.deban.journey;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.deban.consent.ConsentMethod;
import org.deban.people.DisclosedPerson;
import org.deban.people.PersonField;
import org.jspecify.annotations.Nullable;

/**
 * つなぐシート: what a host receives about a person it is asked to welcome — the referral, the host, the consent it
 * rests on, and only the consented fields of the person. The printable page is the CSW workspace's.
 */
@Serdeable
public record TsunaguSheet(
        long referralId,
        LocalDate issuedOn,
        String issuedBy,
        Host host,
        ReferralView.OfferRef offer,
        Step step,
        Consent consent,
        DisclosedPerson person) {

    @Serdeable
    public record Host(
            long organizationId,
            String name,
            @Nullable String contactPerson,
            @Nullable String contactPhone,
            @Nullable String contactEmail) {}

    @Serdeable
    public record Consent(long id, String purpose, LocalDate givenOn, ConsentMethod method, List<PersonField> fields) {}
}
