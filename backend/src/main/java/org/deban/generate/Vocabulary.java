package org.deban.generate;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deban.catalogue.offer.OfferRequest;
import org.deban.catalogue.organization.OrganizationKind;
import org.deban.catalogue.place.PlaceKind;
import org.deban.schedule.Schedule;
import org.deban.schedule.ScheduleRule;
import org.deban.schedule.ScheduledEvent;
import org.jspecify.annotations.Nullable;

/**
 * The words generated rows are made of: the offers of the demo city ({@code demo/inazawa.json}) as templates
 * per place kind, and name patterns in the style of its places and organisations, filled in with the
 * municipality's name and town-like words.
 */
final class Vocabulary {
    private static final String DEMO = "demo/inazawa.json";

    /**
     * Sentences and titles naming 稲沢's own places and programmes, or a day and time that the generated schedule
     * would contradict, are left out.
     */
    private static final Pattern LOCAL_OR_TIMED = Pattern.compile("稲沢|いなざわ|恩送り|ハイワード|祖父江|そぶえ|ぎんなん|片原一色|山崎|国府宮"
            + "|平和|団地|区長|[月火水木金土日]曜|毎週|毎月|第[0-9]|[0-9]時|午前|午後|朝|夕方|夜|夏休み|冬|春休み|月[0-9]回|月に一度"
            + "|年に一度|[0-9]{4}年|隔週|隔月|終了|再開");

    /**
     * A demo offer to copy.
     *
     * @param offer the demo offer, its description trimmed of local or timed sentences (null when none is left)
     * @param start when the demo offer starts, so 夕ごはん stays in the evening; null for offers arranged case by case
     */
    record OfferTemplate(
            OfferRequest offer,
            @Nullable LocalTime start,
            @Nullable LocalTime end) {}

    static final List<String> TOWNS = List.of(
            "本町", "栄町", "緑町", "中央", "旭町", "若葉台", "桜ケ丘", "宮前", "新町", "東町", "西町", "南町", "北町", "駅前", "城下", "川端", "松原",
            "富士見", "日の出町", "浜町", "山手", "昭和町", "幸町", "寿町", "泉町", "住吉", "八幡", "神明", "天神", "港町", "元町", "朝日町", "青葉町", "花園",
            "千代田", "大原", "中野", "上野", "石田", "高田", "本郷", "新田", "大橋", "宮下", "柳町");
    private static final List<String> NICKNAMES = List.of(
            "ひなたぼっこ", "わかば", "すみれ", "なごみ", "はなみずき", "こもれび", "ひまわり", "さくら", "たんぽぽ", "ひだまり", "ほっと", "うたごえ", "つばさ", "あおぞら",
            "にこにこ", "すくすく", "ぽかぽか", "どんぐり", "こすもす", "れんげ", "いろは", "まんまる", "ゆうやけ", "みのり", "かがやき", "ふたば", "あじさい", "やまびこ",
            "おひさま", "つくし");
    private static final List<String> SURNAMES = List.of(
            "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林",
            "斎藤", "清水");
    private static final String[] CHOME = {"一", "二", "三", "四", "五"};

    /** Name patterns: %1$s a town-like word, %2$s a nickname, %3$s the municipality. */
    private static final Map<PlaceKind, List<String>> PLACE_NAMES = new EnumMap<>(Map.of(
            PlaceKind.SALON, List.of("%1$sふれあいサロン", "%1$sいきいきサロン", "サロン「%2$s」", "%1$sサロン「%2$s」"),
            PlaceKind.COMMUNITY_DINER, List.of("子ども食堂「%2$s」", "%1$sみんなの食堂", "%2$s食堂", "地域食堂「%2$s」"),
            PlaceKind.FREE_SPACE,
                    List.of("地域の茶の間「%2$s」", "フリースペース「%2$s」", "まちの縁側 %1$s", "ケアラーズカフェ「%2$s」", "%1$s まなびの寺子屋"),
            PlaceKind.GATHERING_PLACE, List.of("いきいき百歳体操 %1$s会場", "%1$s 元気はつらつ教室", "%1$s 脳トレ・おしゃべりの会", "%1$s ウォーキングの会"),
            PlaceKind.WELFARE_FACILITY,
                    List.of("特別養護老人ホーム %2$sの里", "就労継続支援B型事業所 %2$s工房", "地域活動支援センター「%2$s」", "%2$s保育園"),
            PlaceKind.COMMUNITY_HALL, List.of("%1$s集会所", "%1$s地区公民館", "%3$s %1$s市民交流センター"),
            PlaceKind.VENUE, List.of("%1$sの古民家「%2$s」", "空き家活用スペース「%2$s」"),
            PlaceKind.OFFICE, List.of("%3$sボランティアセンター %1$s窓口", "%2$sフードバンク 倉庫", "%3$s社会福祉協議会 %1$s支所")));

    private static final Map<PlaceKind, String> PLACE_DESCRIPTIONS = new EnumMap<>(Map.of(
            PlaceKind.SALON, "%1$sの集会所で開くサロンです。お茶を飲みながらのおしゃべり、脳トレ、季節の工作などを楽しんでいます。",
            PlaceKind.COMMUNITY_DINER, "子どもも大人もひとりでも来られる、%1$sの地域の食堂です。地元の野菜を使った家庭料理を出しています。",
            PlaceKind.FREE_SPACE, "来る時間も帰る時間も自由な%1$sの居場所です。話さずに過ごすだけでも大丈夫です。",
            PlaceKind.GATHERING_PLACE, "%1$sの住民が体操と脳トレで集まる通いの場です。体調に合わせて途中で休めます。",
            PlaceKind.WELFARE_FACILITY, "%1$sにある福祉施設です。地域の方のボランティアや就労体験を受け入れています。",
            PlaceKind.COMMUNITY_HALL, "%1$sの公民館・集会所です。地域の団体に部屋を貸し出しています。",
            PlaceKind.VENUE, "%1$sの空き家を地域の活動の会場として提供しています。",
            PlaceKind.OFFICE, "%3$sの地域福祉を支える事務所です。ボランティアの相談や登録を受け付けています。"));

    private static final Map<OrganizationKind, List<String>> ORGANIZATION_NAMES = new EnumMap<>(Map.of(
            OrganizationKind.RESIDENT_GROUP, List.of("%1$s町内会", "%1$s自治会", "%1$s %2$sの会", "%1$s地区 サロン運営委員会"),
            OrganizationKind.NPO, List.of("NPO法人 %3$s%2$sネット", "NPO法人 %2$s", "NPO法人 %1$sまちづくりの会"),
            OrganizationKind.SOCIAL_WELFARE_CORPORATION, List.of("社会福祉法人 %2$s会", "社会福祉法人 %2$s福祉会"),
            OrganizationKind.COMPANY, List.of("株式会社 %2$s", "有限会社 %1$s工務店", "合同会社 %1$sカフェ"),
            OrganizationKind.GOVERNMENT, List.of("%3$s 高齢福祉課", "%3$s 子育て支援課", "%3$s 地域福祉課", "%3$s 生涯学習課"),
            OrganizationKind.SOCIAL_WELFARE_COUNCIL, List.of("社会福祉法人 %3$s社会福祉協議会"),
            OrganizationKind.INDIVIDUAL, List.of("%1$sの空き家オーナー（個人）")));

    private static final Map<OrganizationKind, String> ORGANIZATION_DESCRIPTIONS = new EnumMap<>(Map.of(
            OrganizationKind.RESIDENT_GROUP, "%1$sの住民有志で、サロンや見守りの活動を続けています。",
            OrganizationKind.NPO, "%3$sで子どもや若者、家族を支える活動をしている団体です。",
            OrganizationKind.SOCIAL_WELFARE_CORPORATION, "%3$sで福祉施設を運営し、地域公益活動として就労体験を受け入れています。",
            OrganizationKind.COMPANY, "%3$sの地元企業です。地域の活動に場所と人手を提供しています。",
            OrganizationKind.GOVERNMENT, "%3$sの担当課です。通いの場や居場所の立ち上げと継続を支えています。",
            OrganizationKind.SOCIAL_WELFARE_COUNCIL, "%3$sの地域福祉を進める社会福祉法人です。ボランティアセンターを置いています。",
            OrganizationKind.INDIVIDUAL, "使わなくなった家を「地域で使ってもらえたら」と会場として提供している個人の所有者です。"));

    private final Map<PlaceKind, List<OfferTemplate>> offers;

    private Vocabulary(Map<PlaceKind, List<OfferTemplate>> offers) {
        this.offers = offers;
    }

    /** Reads the demo offers as templates, grouped by the kind of the place they belong to. */
    static Vocabulary load(JsonMapper json) {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(DEMO)) {
            if (in == null) throw new IllegalStateException("missing " + DEMO);
            JsonNode root = json.readValue(in, JsonNode.class);
            Map<String, PlaceKind> placeKinds = new HashMap<>();
            for (JsonNode place : root.get("places").values()) {
                placeKinds.put(
                        place.get("key").getStringValue(),
                        PlaceKind.valueOf(place.get("kind").getStringValue()));
            }
            Map<PlaceKind, List<OfferTemplate>> offers = new EnumMap<>(PlaceKind.class);
            for (JsonNode node : root.get("offers").values()) {
                PlaceKind kind = placeKinds.get(node.get("placeKey").getStringValue());
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                node.entries().forEach(e -> fields.put(e.getKey(), e.getValue()));
                fields.remove("placeKey");
                OfferRequest offer = json.readValueFromTree(JsonNode.createObjectNode(fields), OfferRequest.class);
                if (LOCAL_OR_TIMED.matcher(offer.title()).find()) continue;
                offers.computeIfAbsent(kind, k -> new ArrayList<>()).add(template(offer));
            }
            return new Vocabulary(offers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OfferTemplate offer(PlaceKind kind, Random random) {
        return pick(offers.get(kind), random);
    }

    String placeName(PlaceKind kind, String town, String municipality, Random random) {
        return pick(PLACE_NAMES.get(kind), random).formatted(town, pick(NICKNAMES, random), municipality);
    }

    String placeDescription(PlaceKind kind, String town, String municipality) {
        return PLACE_DESCRIPTIONS.get(kind).formatted(town, "", municipality);
    }

    String organizationName(OrganizationKind kind, String town, String municipality, Random random) {
        return pick(ORGANIZATION_NAMES.get(kind), random).formatted(town, pick(NICKNAMES, random), municipality);
    }

    String organizationDescription(OrganizationKind kind, String town, String municipality) {
        return ORGANIZATION_DESCRIPTIONS.get(kind).formatted(town, "", municipality);
    }

    /** An address in the style of the demo's (稲沢市国府宮一丁目5-12): made up, but in the right municipality. */
    static String address(String prefecture, String municipality, String town, Random random) {
        return prefecture + municipality + town + CHOME[random.nextInt(CHOME.length)] + "丁目" + (1 + random.nextInt(30))
                + "-" + (1 + random.nextInt(20));
    }

    static String contactPerson(Random random) {
        return "担当：" + pick(SURNAMES, random);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static OfferTemplate template(OfferRequest offer) {
        String description = offer.description() == null
                ? ""
                : Arrays.stream(offer.description().split("(?<=。)"))
                        .filter(sentence -> !LOCAL_OR_TIMED.matcher(sentence).find())
                        .collect(Collectors.joining());
        OfferRequest trimmed = new OfferRequest(
                null,
                offer.title(),
                description.isEmpty() ? null : description,
                offer.type(),
                offer.mode(),
                offer.roleLevels(),
                offer.strengthsWanted(),
                offer.strengthTags(),
                offer.tags(),
                offer.capacity(),
                offer.openSlots(),
                offer.physicalLoad(),
                offer.trialPossible(),
                offer.minAge(),
                offer.maxAge(),
                offer.targetGroups(),
                offer.residentsOnly(),
                offer.costYen(),
                offer.costNote(),
                offer.paid(),
                offer.typicalHeadcount(),
                offer.venue(),
                null);
        Schedule schedule = offer.schedule() == null ? Schedule.EMPTY : offer.schedule();
        List<ScheduleRule> rules = new ArrayList<>(schedule.rules());
        schedule.seasons().forEach(season -> rules.addAll(season.rules()));
        if (!rules.isEmpty())
            return new OfferTemplate(
                    trimmed, rules.getFirst().start(), rules.getFirst().end());
        if (!schedule.events().isEmpty()) {
            ScheduledEvent event = schedule.events().getFirst();
            return new OfferTemplate(trimmed, event.start(), event.end());
        }
        return new OfferTemplate(trimmed, null, null);
    }
}
