package org.deban.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.deban.people.PersonResponse.HelpGiven;
import org.deban.people.PersonResponse.Ledger;
import org.deban.people.PersonResponse.Share;
import org.deban.people.PersonResponse.SupportReceived;

/** What hangs off a person's record: the teams it is shared with, and both sides of its 恩送り ledger. */
@Singleton
class PersonRelations {
    private final JdbcOperations jdbc;

    PersonRelations(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Share> shares(long person) {
        return jdbc.prepareStatement(
                "SELECT s.team_id, t.name, s.basis, s.consent_id, s.decided_on FROM person_share s"
                        + " JOIN team t ON t.id = s.team_id WHERE s.person_id = ? ORDER BY s.team_id",
                s -> {
                    s.setLong(1, person);
                    List<Share> shares = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long consent = rs.getLong(4);
                            shares.add(new Share(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.wasNull() ? null : consent,
                                    rs.getDate(5).toLocalDate()));
                        }
                    }
                    return shares;
                });
    }

    /**
     * 恩送り, both sides: the help received, and every referral to a volunteer role (ボランティア役割) — the person
     * helping others in turn.
     */
    Ledger ledger(long person) {
        List<SupportReceived> received = jdbc.prepareStatement(
                "SELECT r.id, r.what, r.provider_organization_id, o.name, r.on_date FROM support_received r"
                        + " LEFT JOIN organization o ON o.id = r.provider_organization_id"
                        + " WHERE r.person_id = ? ORDER BY r.on_date, r.id",
                s -> {
                    s.setLong(1, person);
                    List<SupportReceived> list = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long provider = rs.getLong(3);
                            list.add(new SupportReceived(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.wasNull() ? null : provider,
                                    rs.getString(4),
                                    rs.getDate(5).toLocalDate()));
                        }
                    }
                    return list;
                });
        List<HelpGiven> given = jdbc.prepareStatement(
                "SELECT r.id, o.id, o.title, org.name, r.step FROM referral r JOIN offer o ON o.id = r.offer_id"
                        + " JOIN place pl ON pl.id = o.place_id JOIN organization org ON org.id = pl.organization_id"
                        + " WHERE r.person_id = ? AND o.type = 'VOLUNTEER_ROLE' ORDER BY r.id",
                s -> {
                    s.setLong(1, person);
                    List<HelpGiven> list = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            list.add(new HelpGiven(
                                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                        }
                    }
                    return list;
                });
        return new Ledger(received, given);
    }
}
