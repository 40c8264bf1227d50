package org.deban.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deban.accounts.Caller;
import org.deban.common.AuditLog;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.ValidationException;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Person records: created, read, changed and deleted by the CSWs whose teams see them. Every read (a list included)
 * and every change is audited with the record's id and the names of the fields touched, never their contents.
 */
@Singleton
public class PersonService {
    private final PersonStore store;
    private final PersonValidator validator;
    private final PersonAccess access;
    private final PersonRelations relations;
    private final VisibleProfiles visible;
    private final AuditLog audit;
    private final Clock clock;

    PersonService(
            PersonStore store,
            PersonValidator validator,
            PersonAccess access,
            PersonRelations relations,
            VisibleProfiles visible,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.validator = validator;
        this.access = access;
        this.relations = relations;
        this.visible = visible;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PersonResponse create(PersonRequest request, Caller csw) {
        List<FieldError> errors = new ArrayList<>(validator.errors(request, today()));
        if (request.teamId() == null) errors.add(new FieldError("teamId", "REQUIRED", "担当チームを選んでください"));
        else if (!csw.teamIds().contains(request.teamId())) {
            errors.add(new FieldError("teamId", "INVALID_VALUE", "自分が入っているチームを選んでください"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        long id = store.insert(row(0, request.teamId(), csw.accountId(), request));
        audit.record(csw.actor(), "PERSON_CREATED", "PERSON", Long.toString(id), Map.of("teamId", request.teamId()));
        return response(store.find(id).orElseThrow());
    }

    /** The whole record; the read is audited. */
    @Transactional
    public PersonResponse get(long id, Caller csw) {
        access.requireVisible(csw, id);
        PersonResponse person = response(store.find(id).orElseThrow());
        audit.record(csw.actor(), "PERSON_READ", "PERSON", Long.toString(id), Map.of());
        return person;
    }

    /** The persons the caller's teams see (only the CSW's own caseload when {@code mine}); audited with their ids. */
    @Transactional
    public PageResponse<PersonSummary> list(Caller csw, boolean mine, PageRequest paging) {
        Long assigned = mine ? csw.accountId() : null;
        int size = paging.sizeOrDefault();
        List<PersonSummary> items =
                store.visibleTo(csw.teamIds(), assigned, paging.pageOrDefault() * size, size).stream()
                        .map(p -> new PersonSummary(
                                p.id(),
                                p.displayName(),
                                p.teamId(),
                                p.assignedAccountId(),
                                p.home() == null ? null : homeName(p.home()),
                                p.closedOn()))
                        .toList();
        long total = store.countVisibleTo(csw.teamIds(), assigned);
        if (!items.isEmpty()) {
            audit.record(
                    csw.actor(),
                    "PERSON_LISTED",
                    "PERSON",
                    null,
                    Map.of("personIds", items.stream().map(PersonSummary::id).toList()));
        }
        return new PageResponse<>(items, total, paging.pageOrDefault(), size);
    }

    /** Replaces the profile (the owning team stays); audited with the names of the fields that changed. */
    @Transactional
    public PersonResponse update(long id, PersonRequest request, Caller csw) {
        access.requireVisible(csw, id);
        List<FieldError> errors = validator.errors(request, today());
        if (!errors.isEmpty()) throw new ValidationException(errors);
        PersonStore.Row before = store.find(id).orElseThrow();
        store.update(id, row(id, before.teamId(), before.assignedAccountId(), request));
        PersonStore.Row after = store.find(id).orElseThrow();
        audit.record(
                csw.actor(),
                "PERSON_UPDATED",
                "PERSON",
                Long.toString(id),
                Map.of("fields", PersonValidator.changedFields(before, after)));
        return response(after);
    }

    /**
     * Deletes the record on the person's request, with its consents, referrals and ledger entries. What the law
     * requires survives: the records of what was given to whom (provision_record, 3 years) and the audit log.
     */
    @Transactional
    public void delete(long id, String reason, Caller csw) {
        access.requireVisible(csw, id);
        if (!List.of("PERSON_REQUEST", "NO_LONGER_NEEDED").contains(reason)) {
            throw new ValidationException(
                    List.of(new FieldError("reason", "INVALID_VALUE", "削除の理由は PERSON_REQUEST か NO_LONGER_NEEDED です")));
        }
        long team = store.find(id).orElseThrow().teamId();
        store.delete(id);
        visible.forget(id);
        audit.record(
                csw.actor(), "PERSON_DELETED", "PERSON", Long.toString(id), Map.of("reason", reason, "teamId", team));
    }

    /**
     * The fields of a person a consent lets a recipient see, and nothing else. The caller checks the consent and
     * audits the disclosure.
     */
    @Transactional(readOnly = true)
    public DisclosedPerson disclose(long id, Set<PersonField> fields) {
        PersonStore.Row p = store.find(id).orElseThrow(() -> new NotFoundException("person", id));
        boolean strengths = fields.contains(PersonField.STRENGTHS);
        return new DisclosedPerson(
                PersonField.sorted(fields),
                fields.contains(PersonField.NAME) ? p.displayName() : null,
                fields.contains(PersonField.NAME) ? p.nameKana() : null,
                fields.contains(PersonField.CONTACT) ? p.contact() : null,
                fields.contains(PersonField.AGE) ? p.ageOn(today()) : null,
                strengths ? p.strengths() : null,
                strengths ? p.interests() : null,
                strengths ? p.strengthTags() : null,
                fields.contains(PersonField.PAST_WORK) ? p.pastWork() : null,
                fields.contains(PersonField.AVAILABILITY) ? p.availability() : null,
                fields.contains(PersonField.CONSTRAINTS) ? p.constraints() : null,
                fields.contains(PersonField.WANTS) ? p.wants() : null,
                fields.contains(PersonField.HOME_AREA) && p.home() != null ? homeName(p.home()) : null);
    }

    /** A stored person as matching sees them; a read of the record, audited. */
    @Transactional
    public Profile profile(long id, Caller csw) {
        access.requireVisible(csw, id);
        audit.record(csw.actor(), "PERSON_READ", "PERSON", Long.toString(id), Map.of("part", "match"));
        return profile(store.find(id).orElseThrow());
    }

    /** A profile typed in during a conversation: checked like a record, never stored. */
    @Transactional(readOnly = true)
    public Profile unsavedProfile(PersonRequest typed) {
        PersonRequest request = withName(typed);
        List<FieldError> errors = validator.errors(request, today());
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return profile(row(0, 0, null, request));
    }

    /**
     * The profiles of every person the teams see whose support has not ended, for offer → persons (held in this
     * process's memory between requests and checked against the person table on every call, never written anywhere:
     * see {@link VisibleProfiles}). The caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public List<Profile> profilesVisibleTo(List<Long> teams) {
        LocalDate today = today();
        return visible.visibleTo(teams).stream()
                .map(e -> e.profile(today, day -> profile(e.row(), e.home(), day)))
                .toList();
    }

    private static PersonRequest withName(PersonRequest r) {
        return new PersonRequest(
                r.teamId(),
                r.displayName() == null || r.displayName().isBlank() ? "（未保存）" : r.displayName(),
                r.nameKana(),
                r.contact(),
                r.age(),
                r.strengths(),
                r.interests(),
                r.strengthTags(),
                r.pastWork(),
                r.availability(),
                r.reach(),
                r.home(),
                r.constraints(),
                r.wants(),
                r.closedOn());
    }

    private Profile profile(PersonStore.Row p) {
        return profile(p, store.homePoint(p.home()), today());
    }

    private Profile profile(PersonStore.Row p, @Nullable GeoPoint home, LocalDate today) {
        return new Profile(
                p.id() == 0 ? null : p.id(),
                p.displayName(),
                p.ageOn(today),
                p.strengths(),
                p.interests(),
                p.strengthTags(),
                p.pastWork(),
                p.availability(),
                p.reach(),
                home,
                p.constraints(),
                p.wants());
    }

    /** The name a CSW who sees the person reads in lists of referrals and consents. */
    @Transactional(readOnly = true)
    public String displayName(long id) {
        return store.find(id)
                .orElseThrow(() -> new NotFoundException("person", id))
                .displayName();
    }

    private static @Nullable String homeName(Home home) {
        return home.areaId() != null ? home.areaName() : home.label();
    }

    private PersonResponse response(PersonStore.Row p) {
        return new PersonResponse(
                p.id(),
                p.teamId(),
                p.assignedAccountId(),
                p.displayName(),
                p.nameKana(),
                p.contact(),
                p.ageOn(today()),
                p.strengths(),
                p.interests(),
                p.strengthTags(),
                p.pastWork(),
                p.availability(),
                p.reach(),
                p.home(),
                p.constraints(),
                p.wants(),
                p.closedOn(),
                relations.shares(p.id()),
                relations.ledger(p.id()),
                p.updatedAt());
    }

    private PersonStore.Row row(long id, long team, @Nullable Long assigned, PersonRequest r) {
        Map<Limitation, PersonConstraint> constraints = new LinkedHashMap<>();
        for (PersonConstraint c : PersonRequest.orEmpty(r.constraints())) {
            constraints.put(
                    c.code(),
                    new PersonConstraint(c.code(), c.must() || c.code().physical()));
        }
        Home home = r.home();
        return new PersonStore.Row(
                id,
                team,
                assigned,
                r.displayName().strip(),
                blankToNull(r.nameKana()),
                blankToNull(r.contact()),
                r.age(),
                r.age() == null ? null : today(),
                blankToNull(r.strengths()),
                blankToNull(r.interests()),
                PersonRequest.orEmpty(r.strengthTags()).stream()
                        .map(String::strip)
                        .distinct()
                        .toList(),
                blankToNull(r.pastWork()),
                PersonRequest.orEmpty(r.availability()).stream()
                        .map(TimeWindow::normalised)
                        .toList(),
                r.reach(),
                home == null ? null : new Home(home.areaId(), null, home.lat(), home.lon(), blankToNull(home.label())),
                List.copyOf(constraints.values()),
                PersonRequest.orEmpty(r.wants()).stream().distinct().toList(),
                r.closedOn(),
                clock.instant());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
