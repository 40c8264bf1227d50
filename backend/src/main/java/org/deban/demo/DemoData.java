package org.deban.demo;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.deban.accounts.AccountService;
import org.deban.accounts.AccountService.NewAccount;
import org.deban.accounts.Role;
import org.deban.areas.AreaImporter;
import org.deban.areas.AreaLayerDefinition;
import org.deban.areas.AreaLayerKind;
import org.deban.areas.ImportReport;
import org.deban.areas.TownCells;
import org.deban.areas.Towns;
import org.deban.catalogue.offer.OfferRequest;
import org.deban.catalogue.offer.OfferService;
import org.deban.catalogue.organization.OrganizationRequest;
import org.deban.catalogue.organization.OrganizationService;
import org.deban.catalogue.place.PlaceRequest;
import org.deban.catalogue.place.PlaceService;
import org.deban.common.AuditLog.Actor;
import org.deban.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads {@code demo/inazawa.json} through the same services and validation as the API, so the
 * demo can never hold what a user could not enter, plus the city boundary as an area.
 * A row in {@code app_state} makes it happen once per database, also across instances
 * (the row's primary key is the lock).
 */
@Singleton
public class DemoData {
    static final String STATE_KEY = "demo-data:inazawa";
    private static final String DATA = "classpath:demo/inazawa.json";
    private static final String CITY_CODE = "23220";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String BOUNDARY = "classpath:reference/inazawa/admin_23220.geojson";

    /** What a load did. */
    public record Result(boolean loaded, int organizations, int places, int offers) {}

    private final ResourceResolver resources;
    private final JsonMapper json;
    private final JdbcOperations jdbc;
    private final OrganizationService organizations;
    private final PlaceService places;
    private final OfferService offers;
    private final Clock clock;
    private final Towns towns;
    private final TownCells cells;
    private final AreaImporter importer;
    private final AccountService accounts;
    private final DemoPersons persons;

    DemoData(
            ResourceResolver resources,
            JsonMapper json,
            JdbcOperations jdbc,
            OrganizationService organizations,
            AccountService accounts,
            PlaceService places,
            OfferService offers,
            Clock clock,
            Towns towns,
            TownCells cells,
            AreaImporter importer,
            DemoPersons persons) {
        this.persons = persons;
        this.resources = resources;
        this.json = json;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.accounts = accounts;
        this.places = places;
        this.offers = offers;
        this.clock = clock;
        this.towns = towns;
        this.cells = cells;
        this.importer = importer;
    }

    @Transactional
    public Result loadOnce() {
        int claimed = jdbc.prepareStatement(
                "INSERT INTO app_state (key, value) VALUES (?, 'loading') ON CONFLICT (key) DO NOTHING", s -> {
                    s.setString(1, STATE_KEY);
                    return s.executeUpdate();
                });
        if (claimed == 0) return new Result(false, 0, 0, 0);
        Result result = load();
        jdbc.prepareStatement("UPDATE app_state SET value = ?, updated_at = now() WHERE key = ?", s -> {
            s.setString(1, "loaded " + result.places() + " places, " + result.offers() + " offers");
            s.setString(2, STATE_KEY);
            return s.executeUpdate();
        });
        return result;
    }

    private Result load() {
        loadBoundary();
        loadApproximateLayers();
        JsonNode root = read(DATA);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> organizationIds = new HashMap<>();
        for (JsonNode node : root.get("organizations").values()) {
            OrganizationRequest request = convert(node, Map.of(), OrganizationRequest.class);
            organizationIds.put(
                    key(node), explain(node, () -> organizations.create(request).id()));
        }
        DemoCsw csw = loadAccounts(organizationIds.get(DEMO_MEMBER_ORGANIZATION));
        Map<String, Long> placeIds = new HashMap<>();
        for (JsonNode node : root.get("places").values()) {
            Map<String, Object> extra = Map.of(
                    "organizationId", required(organizationIds, node.get("organizationKey")),
                    "lastConfirmedOn",
                            today.minusDays(node.get("lastConfirmedDaysAgo").getIntValue())
                                    .toString());
            PlaceRequest request = convert(node, extra, PlaceRequest.class);
            placeIds.put(key(node), explain(node, () -> places.create(request).id()));
        }
        Map<String, Long> offerIds = new HashMap<>();
        int offerCount = 0;
        for (JsonNode node : root.get("offers").values()) {
            OfferRequest request =
                    convert(node, Map.of("placeId", required(placeIds, node.get("placeKey"))), OfferRequest.class);
            long id = explain(node, () -> offers.create(request).id());
            offerIds.put(node.get("placeKey").getStringValue() + "/" + request.title(), id);
            offerCount++;
        }
        persons.load(csw.team(), csw.account(), offerIds, organizationIds);
        return new Result(true, organizationIds.size(), placeIds.size(), offerCount);
    }

    /** The demo organisation whose member account is demo-org: it runs 子ども食堂「こうのみやキッチン」. */
    static final String DEMO_MEMBER_ORGANIZATION = "npo-kodomo";

    /**
     * One account per role, with demo-only passwords listed in the README. Demo data never runs on a real
     * catalogue (./deban run sets DEBAN_DEMO only for the local demo).
     */
    private DemoCsw loadAccounts(Long memberOrganization) {
        Actor demo = new Actor(null, "demo-data", null);
        long team = accounts.createTeam("稲沢市社協 地区担当（デモ）", "DISTRICT", demo);
        accounts.create(new NewAccount("demo-admin", "デモ 管理者", Role.ADMIN, null, List.of(), "demo-admin-2026"), demo);
        long csw = accounts.create(
                new NewAccount("demo-csw", "デモ 相談員", Role.CSW, null, List.of(team), "demo-csw-2026"), demo);
        accounts.create(
                new NewAccount(
                        "demo-org", "デモ 食堂スタッフ", Role.ORG_MEMBER, memberOrganization, List.of(), "demo-org-2026"),
                demo);
        return new DemoCsw(team, csw);
    }

    /** demo-csw and its team: the invented persons are on its caseload. */
    private record DemoCsw(long team, long account) {}

    private void loadBoundary() {
        JsonNode geometry = read(BOUNDARY).get("features").get(0).get("geometry");
        String geoJson = write(geometry);
        jdbc.prepareStatement(
                "INSERT INTO area (layer, code, name, city_code, geom) VALUES ('municipality', '23220', '稲沢市', '23220',"
                        + " ST_Multi(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326))))"
                        + " ON CONFLICT (layer, code) DO NOTHING",
                s -> {
                    s.setString(1, geoJson);
                    return s.executeUpdate();
                });
    }

    /**
     * 稲沢市 publishes no 地区 or 町丁目 boundaries as open data: the demo derives them from the
     * 町丁目 points (Voronoi cells clipped to the city), and groups the cells into the three former
     * municipalities merged in 2005 (稲沢市・祖父江町・平和町), recognisable from the 大字 names.
     */
    private void loadApproximateLayers() {
        towns.loadShipped();
        String source = "Geolonia 住所データの町丁目代表点から Deban が推定（ボロノイ分割を市域で切り取り）";
        report(importer.replaceLayer(
                new AreaLayerDefinition("district", "地区（旧市町）", AreaLayerKind.DISTRICT, true, source),
                cells.groups(
                        CITY_CODE,
                        List.of(
                                new TownCells.Group("sobue", "祖父江地区", List.of("祖父江町")),
                                new TownCells.Group("heiwa", "平和地区", List.of("平和町"))),
                        new TownCells.Group("inazawa", "稲沢地区", List.of())),
                done -> {}));
        report(importer.replaceLayer(
                new AreaLayerDefinition("chome", "町丁目・大字", AreaLayerKind.CHOME, true, source),
                cells.cells(CITY_CODE),
                done -> {}));
    }

    private static void report(ImportReport report) {
        for (ImportReport.FeatureNote note : report.rejected()) {
            LOG.warn("demo layer {}: {}", report.layer(), note);
        }
    }

    /** Demo rows carry keys instead of ids; everything else is the API's own request shape. */
    private <T> T convert(JsonNode node, Map<String, Object> extra, Class<T> type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        node.entries().forEach(e -> fields.put(e.getKey(), e.getValue()));
        fields.keySet().removeAll(Set.of("key", "organizationKey", "placeKey", "lastConfirmedDaysAgo"));
        fields.putAll(extra);
        try {
            return json.readValue(json.writeValueAsBytes(fields), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(JsonNode node) {
        return node.get("key").getStringValue();
    }

    /** A demo row the API refuses is a bug in the demo file: say which row and why. */
    private static long explain(JsonNode node, LongSupplier create) {
        try {
            return create.getAsLong();
        } catch (ValidationException e) {
            JsonNode key = node.get("key") != null ? node.get("key") : node.get("title");
            throw new IllegalStateException("invalid demo row " + key + ": " + e.errors(), e);
        }
    }

    private static long required(Map<String, Long> ids, JsonNode key) {
        Long id = ids.get(key.getStringValue());
        if (id == null) throw new IllegalStateException("demo data refers to unknown key " + key.getStringValue());
        return id;
    }

    private JsonNode read(String location) {
        try (InputStream in = resources
                .getResourceAsStream(location)
                .orElseThrow(() -> new IllegalStateException("missing " + location))) {
            return json.readValue(in.readAllBytes(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(JsonNode node) {
        try {
            return new String(json.writeValueAsBytes(node), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
