package org.deban.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import org.deban.accounts.Caller;
import org.deban.accounts.Role;
import org.deban.common.AuditLog;
import org.deban.common.ForbiddenException;
import org.deban.common.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * Who may see a person's record: CSWs of a team that owns it or that it was shared with by a recorded decision.
 * Administrators see aggregates only and organisations see a person only through a consent (journey). A refusal is
 * audited in a transaction of its own, so it stays in the log although the request fails.
 */
@Singleton
public class PersonAccess {
    /**
     * SQL for the ids of the persons a CSW's teams see: owned, or shared by a recorded decision. Takes the team ids
     * twice, as {@code bigint[]}.
     */
    public static final String VISIBLE_PERSON_IDS = "SELECT p.id FROM person p WHERE p.team_id = ANY (?) OR EXISTS"
            + " (SELECT 1 FROM person_share ps WHERE ps.person_id = p.id AND ps.team_id = ANY (?))";

    private final PersonStore store;
    private final AuditLog audit;

    PersonAccess(PersonStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Returns when the caller's teams see the person; otherwise refuses (403, audited) or answers 404. */
    @Transactional(readOnly = true)
    public void requireVisible(Caller caller, long person) {
        if (caller.role() != Role.CSW) throw refuse(caller, "PERSON", person, "NOT_A_CSW");
        if (store.find(person).isEmpty()) throw new NotFoundException("person", person);
        if (!store.visible(person, caller.teamIds())) throw refuse(caller, "PERSON", person, "NOT_IN_TEAM");
    }

    /** Whether the caller is a CSW whose teams see the person (nothing is audited). */
    @Transactional(readOnly = true)
    public boolean visible(Caller caller, long person) {
        return caller.role() == Role.CSW && store.visible(person, caller.teamIds());
    }

    /** Audits a refused access to a person's data and returns the exception to throw. */
    public ForbiddenException refuse(Caller caller, String targetType, @Nullable Long target, String reason) {
        audit.recordAlone(
                caller.actor(),
                "PERSON_ACCESS_REFUSED",
                targetType,
                target == null ? null : target.toString(),
                Map.of(
                        "reason",
                        reason,
                        "role",
                        caller.role() == null ? "ANONYMOUS" : caller.role().name()));
        return new ForbiddenException("この人の記録を見る権限がありません");
    }
}
