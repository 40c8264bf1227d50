package org.deban.consent;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.deban.accounts.Caller;
import org.deban.common.AuditLog;
import org.deban.common.ConflictException;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.ValidationException;
import org.deban.people.PersonAccess;
import org.deban.people.PersonField;
import org.jspecify.annotations.Nullable;

/**
 * Records and withdraws consents. Only CSWs whose teams see the person do either; both are audited. Withdrawal ends
 * what the consent allowed: shares with a team that rest on it, and the host's view of the person's fields.
 */
@Singleton
public class ConsentService {
    private static final String SELECT = "SELECT c.id, c.person_id, c.purpose, c.recipient_organization_id,"
            + " c.recipient_team_id, COALESCE(o.name, t.name), c.fields, c.given_on, c.method, c.method_note,"
            + " c.recorded_by, c.withdrawn_on, c.withdrawal_note FROM consent c"
            + " LEFT JOIN organization o ON o.id = c.recipient_organization_id"
            + " LEFT JOIN team t ON t.id = c.recipient_team_id ";

    private final JdbcOperations jdbc;
    private final PersonAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ConsentService(JdbcOperations jdbc, PersonAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    public record WithdrawalRequest(
            @Nullable LocalDate on, @Nullable String note) {}

    @Transactional
    public ConsentView record(ConsentRequest r, Caller csw) {
        if (r.personId() == null) {
            throw new ValidationException(List.of(new FieldError("personId", "REQUIRED", "本人を指定してください")));
        }
        access.requireVisible(csw, r.personId());
        List<FieldError> errors = new ArrayList<>();
        String purpose = r.purpose() == null ? "" : r.purpose().strip();
        if (purpose.isEmpty() || purpose.length() > 500) {
            errors.add(new FieldError("purpose", "OUT_OF_RANGE", "同意の目的を1〜500文字で入力してください"));
        }
        if ((r.recipientOrganizationId() == null) == (r.recipientTeamId() == null)) {
            errors.add(new FieldError("recipientOrganizationId", "INVALID_VALUE", "提供先は団体かチームのどちらか一つです"));
        } else if (r.recipientOrganizationId() != null && !exists("organization", r.recipientOrganizationId())) {
            errors.add(new FieldError("recipientOrganizationId", "NOT_FOUND", "その団体はありません"));
        } else if (r.recipientTeamId() != null && !exists("team", r.recipientTeamId())) {
            errors.add(new FieldError("recipientTeamId", "NOT_FOUND", "そのチームはありません"));
        }
        List<PersonField> given = r.fields() == null ? List.of() : r.fields();
        List<PersonField> fields =
                PersonField.sorted(given.stream().filter(Objects::nonNull).toList());
        if (given.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("fields", "INVALID_VALUE", "提供してよい項目に空の値があります"));
        } else if (fields.isEmpty()) {
            errors.add(new FieldError("fields", "REQUIRED", "提供してよい項目を一つ以上選んでください"));
        }
        if (r.givenOn() == null) errors.add(new FieldError("givenOn", "REQUIRED", "同意を得た日を入れてください"));
        else if (r.givenOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("givenOn", "OUT_OF_RANGE", "未来の日付は入れられません"));
        }
        if (r.method() == null) errors.add(new FieldError("method", "REQUIRED", "同意の取り方（書面・口頭など）を選んでください"));
        if (r.methodNote() != null && r.methodNote().length() > 500) {
            errors.add(new FieldError("methodNote", "OUT_OF_RANGE", "500文字以内で入力してください"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        long id = jdbc.prepareStatement(
                "INSERT INTO consent (person_id, purpose, recipient_organization_id, recipient_team_id, fields,"
                        + " given_on, method, method_note, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                s -> {
                    s.setLong(1, r.personId());
                    s.setString(2, purpose);
                    setLong(s, 3, r.recipientOrganizationId());
                    setLong(s, 4, r.recipientTeamId());
                    s.setArray(
                            5,
                            s.getConnection()
                                    .createArrayOf(
                                            "text",
                                            fields.stream().map(Enum::name).toArray()));
                    s.setDate(6, Date.valueOf(r.givenOn()));
                    s.setString(7, r.method().name());
                    s.setString(8, r.methodNote());
                    setLong(s, 9, csw.accountId());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        audit.record(
                csw.actor(),
                "CONSENT_RECORDED",
                "PERSON",
                Long.toString(r.personId()),
                Map.of("consentId", id, "fields", fields, "recipient", recipient(r)));
        return find(id).orElseThrow();
    }

    private static String recipient(ConsentRequest r) {
        return r.recipientOrganizationId() != null
                ? "ORGANIZATION:" + r.recipientOrganizationId()
                : "TEAM:" + r.recipientTeamId();
    }

    /** A person's consents, newest first; a read of the person's record, audited. */
    @Transactional
    public List<ConsentView> ofPerson(long person, Caller csw) {
        access.requireVisible(csw, person);
        List<ConsentView> list = query(SELECT + "WHERE c.person_id = ? ORDER BY c.given_on DESC, c.id DESC", person);
        audit.record(csw.actor(), "PERSON_READ", "PERSON", Long.toString(person), Map.of("part", "consents"));
        return list;
    }

    @Transactional
    public ConsentView get(long id, Caller csw) {
        ConsentView consent = find(id).orElseThrow(() -> new NotFoundException("consent", id));
        access.requireVisible(csw, consent.personId());
        audit.record(
                csw.actor(),
                "PERSON_READ",
                "PERSON",
                Long.toString(consent.personId()),
                Map.of("part", "consent", "consentId", id));
        return consent;
    }

    @Transactional
    public ConsentView withdraw(long id, WithdrawalRequest r, Caller csw) {
        ConsentView consent = find(id).orElseThrow(() -> new NotFoundException("consent", id));
        access.requireVisible(csw, consent.personId());
        if (!consent.valid()) throw new ConflictException("consent-withdrawn", "この同意はすでに撤回されています");
        LocalDate on = r.on() == null ? LocalDate.now(clock) : r.on();
        List<FieldError> errors = new ArrayList<>();
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(consent.givenOn())) {
            errors.add(new FieldError("on", "OUT_OF_RANGE", "撤回日は同意日から今日までの日付です"));
        }
        if (r.note() != null && r.note().length() > 500) {
            errors.add(new FieldError("note", "OUT_OF_RANGE", "500文字以内で入力してください"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        jdbc.prepareStatement("UPDATE consent SET withdrawn_on = ?, withdrawal_note = ? WHERE id = ?", s -> {
            s.setDate(1, Date.valueOf(on));
            s.setString(2, r.note());
            s.setLong(3, id);
            return s.executeUpdate();
        });
        int sharesEnded = jdbc.prepareStatement("DELETE FROM person_share WHERE consent_id = ?", s -> {
            s.setLong(1, id);
            return s.executeUpdate();
        });
        audit.record(
                csw.actor(),
                "CONSENT_WITHDRAWN",
                "PERSON",
                Long.toString(consent.personId()),
                Map.of("consentId", id, "sharesEnded", sharesEnded));
        return find(id).orElseThrow();
    }

    /** The newest consent, not withdrawn, to share the person's data with this organisation. */
    @Transactional(readOnly = true)
    public Optional<ConsentView> validFor(long person, long organization) {
        return query(
                        SELECT + "WHERE c.person_id = ? AND c.recipient_organization_id = ? AND c.withdrawn_on IS NULL"
                                + " ORDER BY c.given_on DESC, c.id DESC LIMIT 1",
                        person,
                        organization)
                .stream()
                .findFirst();
    }

    private Optional<ConsentView> find(long id) {
        return query(SELECT + "WHERE c.id = ?", id).stream().findFirst();
    }

    private List<ConsentView> query(String sql, long... parameters) {
        return jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < parameters.length; i++) s.setLong(i + 1, parameters[i]);
            List<ConsentView> list = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) list.add(view(rs));
            }
            return list;
        });
    }

    private static ConsentView view(ResultSet rs) throws SQLException {
        Date withdrawn = rs.getDate(12);
        return new ConsentView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                nullable(rs, 4),
                nullable(rs, 5),
                rs.getString(6),
                Arrays.stream((String[]) rs.getArray(7).getArray())
                        .map(PersonField::valueOf)
                        .toList(),
                rs.getDate(8).toLocalDate(),
                ConsentMethod.valueOf(rs.getString(9)),
                rs.getString(10),
                nullable(rs, 11),
                withdrawn == null ? null : withdrawn.toLocalDate(),
                rs.getString(13),
                withdrawn == null);
    }

    private static @Nullable Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void setLong(java.sql.PreparedStatement s, int index, @Nullable Long value) throws SQLException {
        if (value == null) s.setNull(index, Types.BIGINT);
        else s.setLong(index, value);
    }

    private boolean exists(String table, long id) {
        return jdbc.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?", s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }
}
