package org.deban.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deban.accounts.Caller;
import org.deban.common.AuditLog;
import org.deban.common.AuditLog.Actor;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Who works with a person: sharing the record with another team by a recorded decision (支援会議 §106-6 without
 * consent, or with the person's consent), hand-over of a CSW's caseload, and the 恩送り "支援を受けた" entries.
 */
@Singleton
public class CaseloadService {
    private final JdbcOperations jdbc;
    private final PersonAccess access;
    private final PersonService persons;
    private final AuditLog audit;
    private final Clock clock;

    CaseloadService(JdbcOperations jdbc, PersonAccess access, PersonService persons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /** A decision to let another team see the record. */
    @Serdeable
    public record ShareRequest(
            @Nullable Long teamId,
            @Nullable String basis,
            @Nullable Long consentId,
            @Nullable LocalDate decidedOn,
            @Nullable String note) {}

    @Serdeable
    public record HandOverRequest(
            @Nullable Long fromAccountId, @Nullable Long toAccountId) {}

    @Serdeable
    public record HandOverResult(int moved) {}

    @Serdeable
    public record SupportReceivedRequest(
            @Nullable String what,
            @Nullable Long providerOrganizationId,
            @Nullable LocalDate on) {}

    @Transactional
    public PersonResponse share(long person, ShareRequest r, Caller csw) {
        access.requireVisible(csw, person);
        List<FieldError> errors = new ArrayList<>();
        LocalDate decidedOn = r.decidedOn() == null ? LocalDate.now(clock) : r.decidedOn();
        if (r.teamId() == null) errors.add(new FieldError("teamId", "REQUIRED", "共有先のチームを選んでください"));
        else if (!exists("SELECT 1 FROM team WHERE id = ?", r.teamId())) {
            errors.add(new FieldError("teamId", "NOT_FOUND", "そのチームはありません"));
        }
        if (!"SUPPORT_MEETING".equals(r.basis()) && !"CONSENT".equals(r.basis())) {
            errors.add(new FieldError("basis", "INVALID_VALUE", "共有の根拠は SUPPORT_MEETING（支援会議）か CONSENT（本人同意）です"));
        } else if ("SUPPORT_MEETING".equals(r.basis()) && r.consentId() != null) {
            errors.add(new FieldError("consentId", "INVALID_VALUE", "支援会議の決定による共有には同意の記録を指定しません"));
        } else if ("CONSENT".equals(r.basis())) {
            boolean consented = r.consentId() != null
                    && r.teamId() != null
                    && jdbc.prepareStatement(
                            "SELECT 1 FROM consent WHERE id = ? AND person_id = ? AND recipient_team_id = ?"
                                    + " AND withdrawn_on IS NULL",
                            s -> {
                                s.setLong(1, r.consentId());
                                s.setLong(2, person);
                                s.setLong(3, r.teamId());
                                try (ResultSet rs = s.executeQuery()) {
                                    return rs.next();
                                }
                            });
            if (!consented) {
                errors.add(new FieldError("consentId", "INVALID_VALUE", "このチームへの共有に本人が同意した記録を指定してください"));
            }
        }
        if (decidedOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("decidedOn", "OUT_OF_RANGE", "決定日に未来の日付は入れられません"));
        }
        if (r.note() != null && r.note().length() > 500) {
            errors.add(new FieldError("note", "OUT_OF_RANGE", "500文字以内で入力してください"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        jdbc.prepareStatement(
                "INSERT INTO person_share (person_id, team_id, basis, consent_id, decided_on, note, decided_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, team_id) DO UPDATE SET"
                        + " basis = EXCLUDED.basis, consent_id = EXCLUDED.consent_id, decided_on ="
                        + " EXCLUDED.decided_on, note = EXCLUDED.note, decided_by = EXCLUDED.decided_by",
                s -> {
                    s.setLong(1, person);
                    s.setLong(2, r.teamId());
                    s.setString(3, r.basis());
                    PersonStore.setLong(s, 4, r.consentId());
                    PersonStore.setDate(s, 5, decidedOn);
                    s.setString(6, r.note());
                    PersonStore.setLong(s, 7, csw.accountId());
                    return s.executeUpdate();
                });
        audit.record(
                csw.actor(),
                "PERSON_SHARED_WITH_TEAM",
                "PERSON",
                Long.toString(person),
                Map.of("teamId", r.teamId(), "basis", r.basis()));
        return persons.get(person, csw);
    }

    @Transactional
    public void unshare(long person, long team, Caller csw) {
        access.requireVisible(csw, person);
        int removed = jdbc.prepareStatement("DELETE FROM person_share WHERE person_id = ? AND team_id = ?", s -> {
            s.setLong(1, person);
            s.setLong(2, team);
            return s.executeUpdate();
        });
        if (removed == 0) throw new NotFoundException("share", team);
        audit.record(csw.actor(), "PERSON_UNSHARED", "PERSON", Long.toString(person), Map.of("teamId", team));
    }

    /**
     * Moves every person a CSW is in charge of to another active CSW, who must belong to each of those persons'
     * owning teams (so nobody ends up in charge of a record they cannot see). Done by an administrator, who sees only
     * the count.
     */
    @Transactional
    public HandOverResult handOver(HandOverRequest r, Actor administrator) {
        List<FieldError> errors = new ArrayList<>();
        if (r.fromAccountId() == null) errors.add(new FieldError("fromAccountId", "REQUIRED", "引き継ぎ元のCSWを選んでください"));
        if (r.toAccountId() == null) errors.add(new FieldError("toAccountId", "REQUIRED", "引き継ぎ先のCSWを選んでください"));
        else if (!exists("SELECT 1 FROM account WHERE id = ? AND role = 'CSW' AND active", r.toAccountId())) {
            errors.add(new FieldError("toAccountId", "INVALID_VALUE", "引き継ぎ先は有効なCSWのアカウントです"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        long outsideTeams = jdbc.prepareStatement(
                "SELECT count(*) FROM person p WHERE p.assigned_account_id = ? AND NOT EXISTS (SELECT 1 FROM"
                        + " account_team at WHERE at.account_id = ? AND at.team_id = p.team_id)",
                s -> {
                    s.setLong(1, r.fromAccountId());
                    s.setLong(2, r.toAccountId());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        if (outsideTeams > 0) {
            throw new ValidationException(List.of(new FieldError(
                    "toAccountId", "INVALID_VALUE", "引き継ぎ先のCSWが入っていないチームの人が " + outsideTeams + " 人います。先にチームに加えてください")));
        }
        int moved =
                jdbc.prepareStatement("UPDATE person SET assigned_account_id = ? WHERE assigned_account_id = ?", s -> {
                    s.setLong(1, r.toAccountId());
                    s.setLong(2, r.fromAccountId());
                    return s.executeUpdate();
                });
        audit.record(
                administrator,
                "CASELOAD_HANDED_OVER",
                "ACCOUNT",
                Long.toString(r.fromAccountId()),
                Map.of("toAccountId", r.toAccountId(), "persons", moved));
        return new HandOverResult(moved);
    }

    /** A "支援を受けた" entry: help the person received, such as an 恩送り隊 garden job. */
    @Transactional
    public PersonResponse addSupportReceived(long person, SupportReceivedRequest r, Caller csw) {
        access.requireVisible(csw, person);
        List<FieldError> errors = new ArrayList<>();
        String what = r.what() == null ? "" : r.what().strip();
        if (what.isEmpty() || what.length() > 200) {
            errors.add(new FieldError("what", "OUT_OF_RANGE", "受けた支援の内容を1〜200文字で入力してください"));
        }
        if (r.providerOrganizationId() != null
                && !exists("SELECT 1 FROM organization WHERE id = ?", r.providerOrganizationId())) {
            errors.add(new FieldError("providerOrganizationId", "NOT_FOUND", "その団体はありません"));
        }
        LocalDate on = r.on() == null ? LocalDate.now(clock) : r.on();
        if (on.isAfter(LocalDate.now(clock))) errors.add(new FieldError("on", "OUT_OF_RANGE", "未来の日付は入れられません"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        long id = jdbc.prepareStatement(
                "INSERT INTO support_received (person_id, what, provider_organization_id, on_date, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id",
                s -> {
                    s.setLong(1, person);
                    s.setString(2, what);
                    PersonStore.setLong(s, 3, r.providerOrganizationId());
                    PersonStore.setDate(s, 4, on);
                    PersonStore.setLong(s, 5, csw.accountId());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        audit.record(csw.actor(), "SUPPORT_RECEIVED_RECORDED", "PERSON", Long.toString(person), Map.of("entryId", id));
        return persons.get(person, csw);
    }

    private boolean exists(String sql, long id) {
        return jdbc.prepareStatement(sql, s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }
}
