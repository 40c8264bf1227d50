package org.deban.demo;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.deban.accounts.Caller;
import org.deban.accounts.Role;
import org.deban.consent.ConsentMethod;
import org.deban.consent.ConsentRequest;
import org.deban.consent.ConsentService;
import org.deban.gis.travel.TravelMode;
import org.deban.journey.ReferralRequests.AttendanceEntry;
import org.deban.journey.ReferralRequests.Create;
import org.deban.journey.ReferralRequests.Move;
import org.deban.journey.ReferralService;
import org.deban.journey.Step;
import org.deban.people.CaseloadService;
import org.deban.people.CaseloadService.SupportReceivedRequest;
import org.deban.people.Home;
import org.deban.people.Limitation;
import org.deban.people.PersonConstraint;
import org.deban.people.PersonField;
import org.deban.people.PersonRequest;
import org.deban.people.PersonService;
import org.deban.people.Reach;
import org.deban.people.TimeWindow;
import org.deban.people.Want;
import org.deban.schedule.Weekday;

/**
 * Three invented persons on demo-csw's caseload, so the CSW workspace and the host's view have something to show.
 * Nobody real: each name says 架空 (fictional). Made through the same services as the API, as demo-csw.
 */
@Singleton
class DemoPersons {
    private final PersonService persons;
    private final CaseloadService caseloads;
    private final ConsentService consents;
    private final ReferralService referrals;
    private final Clock clock;

    DemoPersons(
            PersonService persons,
            CaseloadService caseloads,
            ConsentService consents,
            ReferralService referrals,
            Clock clock) {
        this.persons = persons;
        this.caseloads = caseloads;
        this.consents = consents;
        this.referrals = referrals;
        this.clock = clock;
    }

    /**
     * @param offers offer ids by "placeKey/title" of the demo catalogue
     * @param organizations organisation ids by key
     */
    void load(long team, long cswAccount, Map<String, Long> offers, Map<String, Long> organizations) {
        Caller csw = new Caller(cswAccount, "demo-csw", Role.CSW, null, List.of(team), null, null);
        LocalDate today = LocalDate.now(clock);
        Home konomiya = new Home(null, null, 35.2466, 136.8110, "国府宮駅");

        long haruto = persons.create(
                        new PersonRequest(
                                team,
                                "架空 はると（デモ）",
                                "かくう はると",
                                null,
                                34,
                                "料理、黙々と作業すること",
                                "自転車、料理の動画",
                                List.of("調理"),
                                "飲食店の厨房で5年",
                                List.of(
                                        new TimeWindow(Weekday.THU, LocalTime.of(17, 0), LocalTime.of(21, 0)),
                                        new TimeWindow(Weekday.FRI, LocalTime.of(17, 0), LocalTime.of(21, 0))),
                                new Reach(TravelMode.BICYCLE, 15, 2.0),
                                konomiya,
                                List.of(new PersonConstraint(Limitation.NO_CROWDS, true)),
                                List.of(Want.ROLE),
                                null),
                        csw)
                .id();
        long kitchen = organizations.get(DemoData.DEMO_MEMBER_ORGANIZATION);
        consents.record(
                new ConsentRequest(
                        haruto,
                        "調理ボランティアの見学・体験のため",
                        kitchen,
                        null,
                        List.of(PersonField.NAME, PersonField.STRENGTHS, PersonField.AVAILABILITY),
                        today.minusDays(30),
                        ConsentMethod.WRITTEN,
                        null),
                csw);
        long cooking = referrals
                .create(new Create(haruto, offers.get("diner-ekimae/調理ボランティア（木曜夕方）"), today.minusDays(35), null), csw)
                .id();
        referrals.move(cooking, new Move(Step.CONSENT, today.minusDays(30), "書面で同意", false, null), csw);
        referrals.move(cooking, new Move(Step.VISIT, today.minusDays(24), "一緒に見学", true, null), csw);
        referrals.move(cooking, new Move(Step.PARTICIPATING, today.minusDays(17), null, false, null), csw);
        referrals.recordAttendance(cooking, new AttendanceEntry(today.minusDays(10), true, null), csw);
        referrals.recordAttendance(cooking, new AttendanceEntry(today.minusDays(3), false, "連絡なし"), csw);

        long midori = persons.create(
                        new PersonRequest(
                                team,
                                "架空 みどり（デモ）",
                                "かくう みどり",
                                null,
                                68,
                                "庭仕事、花の世話",
                                null,
                                List.of("園芸"),
                                "農協の事務",
                                List.of(new TimeWindow(Weekday.TUE, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                                new Reach(TravelMode.WALK, 20, null),
                                konomiya,
                                List.of(new PersonConstraint(Limitation.NO_STAIRS, true)),
                                List.of(Want.PLACE_TO_BE, Want.ROLE),
                                null),
                        csw)
                .id();
        caseloads.addSupportReceived(midori, new SupportReceivedRequest("庭の草刈り・雑木伐採", null, today.minusDays(200)), csw);
        referrals.create(new Create(midori, offers.get("office-zoen/恩送り隊「草刈り・雑木伐採」"), today.minusDays(5), null), csw);

        persons.create(
                new PersonRequest(
                        team,
                        "架空 そうた（デモ）",
                        null,
                        null,
                        22,
                        "ホームページの更新、イラスト",
                        "ゲーム",
                        List.of("PC", "イラスト"),
                        null,
                        List.of(new TimeWindow(Weekday.WED, LocalTime.of(13, 0), LocalTime.of(17, 0))),
                        null,
                        konomiya,
                        List.of(new PersonConstraint(Limitation.PREFERS_NOT_TO_TALK, false)),
                        List.of(Want.AT_HOME),
                        null),
                csw);
    }
}
