package org.deban.journey;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import org.deban.accounts.Caller;
import org.deban.common.AuditLog;
import org.deban.common.ConflictException;
import org.deban.common.NotFoundException;
import org.deban.consent.ConsentService;
import org.deban.consent.ConsentView;
import org.deban.people.DisclosedPerson;
import org.deban.people.PersonAccess;
import org.deban.people.PersonService;

/**
 * Produces つなぐシート. Refused until the person consented to share with the host; then it holds exactly the
 * consented fields. Each sheet is a provision to a third party: it is kept in provision_record (個人情報保護法 §29) and
 * audited.
 */
@Singleton
public class SheetService {
    private final ReferralStore store;
    private final PersonAccess access;
    private final PersonService persons;
    private final ConsentService consents;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SheetService(
            ReferralStore store,
            PersonAccess access,
            PersonService persons,
            ConsentService consents,
            JdbcOperations jdbc,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.persons = persons;
        this.consents = consents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public TsunaguSheet sheet(long referralId, Caller csw) {
        var row = store.find(referralId, false).orElseThrow(() -> new NotFoundException("referral", referralId));
        if (!access.visible(csw, row.personId())) throw access.refuse(csw, "REFERRAL", referralId, "NOT_IN_TEAM");
        var offer = row.offer();
        ConsentView consent = consents.validFor(row.personId(), offer.organizationId())
                .orElseThrow(() -> new ConflictException(
                        "consent-required", "「" + offer.organizationName() + "」に情報を伝える本人同意の記録がないため、つなぐシートは作れません"));
        DisclosedPerson person = persons.disclose(row.personId(), new HashSet<>(consent.fields()));
        LocalDate today = LocalDate.now(clock);
        TsunaguSheet.Host host = host(offer.organizationId());
        jdbc.prepareStatement(
                "INSERT INTO provision_record (person_id, person_name, recipient_organization_id, recipient_name,"
                        + " fields, consent_id, consent_given_on, referral_id, provided_on, provided_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setLong(1, row.personId());
                    s.setString(2, persons.displayName(row.personId()));
                    s.setLong(3, host.organizationId());
                    s.setString(4, host.name());
                    s.setArray(
                            5,
                            s.getConnection()
                                    .createArrayOf(
                                            "text",
                                            consent.fields().stream()
                                                    .map(Enum::name)
                                                    .toArray()));
                    s.setLong(6, consent.id());
                    s.setDate(7, Date.valueOf(consent.givenOn()));
                    s.setLong(8, referralId);
                    s.setDate(9, Date.valueOf(today));
                    if (csw.accountId() == null) s.setNull(10, java.sql.Types.BIGINT);
                    else s.setLong(10, csw.accountId());
                    return s.executeUpdate();
                });
        audit.record(
                csw.actor(),
                "PERSON_DISCLOSED",
                "PERSON",
                Long.toString(row.personId()),
                Map.of(
                        "referralId", referralId,
                        "consentId", consent.id(),
                        "recipientOrganizationId", host.organizationId(),
                        "fields", consent.fields()));
        return new TsunaguSheet(
                referralId,
                today,
                csw.login() == null ? "" : csw.login(),
                host,
                offer,
                row.step(),
                new TsunaguSheet.Consent(
                        consent.id(), consent.purpose(), consent.givenOn(), consent.method(), consent.fields()),
                person);
    }

    private TsunaguSheet.Host host(long organization) {
        return jdbc.prepareStatement(
                "SELECT id, name, contact_person, contact_phone, contact_email FROM organization WHERE id = ?", s -> {
                    s.setLong(1, organization);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return new TsunaguSheet.Host(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    }
                });
    }
}
