package org.deban.journey;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deban.journey.ReferralView.Attendance;
import org.deban.journey.ReferralView.FollowUp;
import org.deban.journey.ReferralView.OfferRef;
import org.deban.journey.ReferralView.StepEntry;
import org.deban.people.PersonAccess;
import org.jspecify.annotations.Nullable;

/** Referrals, their steps, follow-ups and attendance, in SQL. */
@Singleton
class ReferralStore {
    private static final String SELECT = "SELECT r.id, r.person_id, r.step, r.step_on, r.suspended_from,"
            + " o.id, o.title, o.type, pl.id, pl.name, org.id, org.name FROM referral r"
            + " JOIN offer o ON o.id = r.offer_id JOIN place pl ON pl.id = o.place_id"
            + " JOIN organization org ON org.id = pl.organization_id ";
    private static final String FILTERS = " AND (CAST(? AS bigint) IS NULL OR r.person_id = ?)"
            + " AND (CAST(? AS bigint) IS NULL OR r.offer_id = ?) ORDER BY r.id";

    record Row(
            long id,
            long personId,
            Step step,
            LocalDate stepOn,
            @Nullable Step suspendedFrom,
            OfferRef offer) {}

    private final JdbcOperations jdbc;

    ReferralStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long id, boolean forUpdate) {
        return list(SELECT + "WHERE r.id = ?" + (forUpdate ? " FOR UPDATE OF r" : ""), s -> s.setLong(1, id)).stream()
                .findFirst();
    }

    /** The referrals of the persons these teams see. */
    List<Row> ofTeams(List<Long> teams, @Nullable Long person, @Nullable Long offer) {
        return list(SELECT + "WHERE r.person_id IN (" + PersonAccess.VISIBLE_PERSON_IDS + ")" + FILTERS, s -> {
            var array = s.getConnection().createArrayOf("bigint", teams.toArray());
            s.setArray(1, array);
            s.setArray(2, array);
            filters(s, 3, person, offer);
        });
    }

    /** The referrals to one organisation's offers (the caller then keeps those with a consent for it). */
    List<Row> toOrganization(long organization, @Nullable Long offer) {
        return list(SELECT + "WHERE org.id = ?" + FILTERS, s -> {
            s.setLong(1, organization);
            filters(s, 2, null, offer);
        });
    }

    private static void filters(PreparedStatement s, int i, @Nullable Long person, @Nullable Long offer)
            throws SQLException {
        setLong(s, i, person);
        setLong(s, i + 1, person);
        setLong(s, i + 2, offer);
        setLong(s, i + 3, offer);
    }

    Optional<OfferRef> offer(long id) {
        return jdbc.prepareStatement(
                "SELECT o.id, o.title, o.type, pl.id, pl.name, org.id, org.name FROM offer o"
                        + " JOIN place pl ON pl.id = o.place_id JOIN organization org ON org.id = pl.organization_id"
                        + " WHERE o.id = ?",
                s -> {
                    s.setLong(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(offerRef(rs, 1)) : Optional.empty();
                    }
                });
    }

    boolean openReferralExists(long person, long offer) {
        return jdbc.prepareStatement(
                "SELECT 1 FROM referral WHERE person_id = ? AND offer_id = ? AND step NOT IN ('ENDED', 'GRADUATED')",
                s -> {
                    s.setLong(1, person);
                    s.setLong(2, offer);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next();
                    }
                });
    }

    long insert(long person, long offer, LocalDate on) {
        return jdbc.prepareStatement(
                "INSERT INTO referral (person_id, offer_id, step, step_on) VALUES (?, ?, 'SOUNDING_OUT', ?)"
                        + " RETURNING id",
                s -> {
                    s.setLong(1, person);
                    s.setLong(2, offer);
                    s.setDate(3, Date.valueOf(on));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    void moveTo(long id, Step step, LocalDate on, @Nullable Step suspendedFrom) {
        jdbc.prepareStatement("UPDATE referral SET step = ?, step_on = ?, suspended_from = ? WHERE id = ?", s -> {
            s.setString(1, step.name());
            s.setDate(2, Date.valueOf(on));
            s.setString(3, suspendedFrom == null ? null : suspendedFrom.name());
            s.setLong(4, id);
            return s.executeUpdate();
        });
    }

    void addStep(
            long id,
            Step step,
            LocalDate on,
            @Nullable String note,
            boolean accompanied,
            @Nullable String reason,
            @Nullable Long actor,
            @Nullable String actorName) {
        jdbc.prepareStatement(
                "INSERT INTO referral_step (referral_id, step, on_date, note, accompanied, reason, actor_id,"
                        + " actor_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setLong(1, id);
                    s.setString(2, step.name());
                    s.setDate(3, Date.valueOf(on));
                    s.setString(4, note);
                    s.setBoolean(5, accompanied);
                    s.setString(6, reason);
                    setLong(s, 7, actor);
                    s.setString(8, actorName);
                    return s.executeUpdate();
                });
    }

    List<StepEntry> steps(long id) {
        return jdbc.prepareStatement(
                "SELECT step, on_date, note, accompanied, reason, actor_name FROM referral_step"
                        + " WHERE referral_id = ? ORDER BY id",
                s -> {
                    s.setLong(1, id);
                    List<StepEntry> steps = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            steps.add(new StepEntry(
                                    Step.valueOf(rs.getString(1)),
                                    rs.getDate(2).toLocalDate(),
                                    rs.getString(3),
                                    rs.getBoolean(4),
                                    rs.getString(5),
                                    rs.getString(6)));
                        }
                    }
                    return steps;
                });
    }

    /** Sets the follow-ups not yet done to fall due after entering 参加中 on {@code from}. */
    void scheduleFollowUps(long id, LocalDate from) {
        for (var due : List.of(
                new Object[] {"TWO_WEEKS", from.plusWeeks(2)},
                new Object[] {"ONE_MONTH", from.plusMonths(1)},
                new Object[] {"THREE_MONTHS", from.plusMonths(3)})) {
            jdbc.prepareStatement(
                    "INSERT INTO follow_up (referral_id, kind, due_on) VALUES (?, ?, ?) ON CONFLICT (referral_id,"
                            + " kind) DO UPDATE SET due_on = EXCLUDED.due_on WHERE follow_up.done_on IS NULL",
                    s -> {
                        s.setLong(1, id);
                        s.setString(2, (String) due[0]);
                        s.setDate(3, Date.valueOf((LocalDate) due[1]));
                        return s.executeUpdate();
                    });
        }
    }

    List<FollowUp> followUps(long id) {
        return jdbc.prepareStatement(
                "SELECT kind, due_on, done_on, note FROM follow_up WHERE referral_id = ? ORDER BY due_on", s -> {
                    s.setLong(1, id);
                    List<FollowUp> list = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Date done = rs.getDate(3);
                            list.add(new FollowUp(
                                    rs.getString(1),
                                    rs.getDate(2).toLocalDate(),
                                    done == null ? null : done.toLocalDate(),
                                    rs.getString(4)));
                        }
                    }
                    return list;
                });
    }

    boolean completeFollowUp(long id, String kind, LocalDate on, @Nullable String note, @Nullable Long by) {
        return jdbc.prepareStatement(
                        "UPDATE follow_up SET done_on = ?, note = ?, done_by = ? WHERE referral_id = ? AND kind = ?",
                        s -> {
                            s.setDate(1, Date.valueOf(on));
                            s.setString(2, note);
                            setLong(s, 3, by);
                            s.setLong(4, id);
                            s.setString(5, kind);
                            return s.executeUpdate();
                        })
                == 1;
    }

    void recordAttendance(long id, LocalDate on, boolean attended, @Nullable String note, @Nullable Long by) {
        jdbc.prepareStatement(
                "INSERT INTO attendance (referral_id, on_date, attended, note, recorded_by) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (referral_id, on_date) DO UPDATE SET attended = EXCLUDED.attended,"
                        + " note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = now()",
                s -> {
                    s.setLong(1, id);
                    s.setDate(2, Date.valueOf(on));
                    s.setBoolean(3, attended);
                    s.setString(4, note);
                    setLong(s, 5, by);
                    return s.executeUpdate();
                });
    }

    /** Attendance, newest session first. */
    List<Attendance> attendance(long id) {
        return jdbc.prepareStatement(
                "SELECT on_date, attended, note FROM attendance WHERE referral_id = ? ORDER BY on_date DESC", s -> {
                    s.setLong(1, id);
                    List<Attendance> list = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            list.add(new Attendance(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getString(3)));
                        }
                    }
                    return list;
                });
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private List<Row> list(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, s -> {
            binder.bind(s);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String suspendedFrom = rs.getString(5);
                    rows.add(new Row(
                            rs.getLong(1),
                            rs.getLong(2),
                            Step.valueOf(rs.getString(3)),
                            rs.getDate(4).toLocalDate(),
                            suspendedFrom == null ? null : Step.valueOf(suspendedFrom),
                            offerRef(rs, 6)));
                }
            }
            return rows;
        });
    }

    private static OfferRef offerRef(ResultSet rs, int i) throws SQLException {
        return new OfferRef(
                rs.getLong(i),
                rs.getString(i + 1),
                rs.getString(i + 2),
                rs.getLong(i + 3),
                rs.getString(i + 4),
                rs.getLong(i + 5),
                rs.getString(i + 6));
    }

    private static void setLong(PreparedStatement s, int index, @Nullable Long value) throws SQLException {
        if (value == null) s.setNull(index, Types.BIGINT);
        else s.setLong(index, value);
    }
}
